import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { AtButton } from 'taro-ui';
import type { DashboardDto, OverdueItemDto } from '@contract';
import BarChart from '@/components/BarChart';
import LoadState from '@/components/LoadState';
import PageShell from '@/components/PageShell';
import SegmentTabs from '@/components/SegmentTabs';
import { dashboardText } from '@/text/dashboard';
import { formatDateTime } from '@/utils/time';
import type { PeriodKey } from '../period';
import NeedsVisitPanel from './NeedsVisitPanel';
import { useDashboard } from './useDashboard';
import '../common.scss';

const t = dashboardText;
const PERIODS: PeriodKey[] = ['month', 'quarter', 'year'];
const percent = (rate: number | null) => (rate === null ? t.none : `${Math.round(rate * 1000) / 10}%`);

function OverdueCard({ item, onRemind }: { item: OverdueItemDto; onRemind: (item: OverdueItemDto) => void }) {
  return (
    <View className="gt-cs__card gt-cs-home__overdue">
      <View className="gt-cs__alert">{t.overdueLine(item.daysOverdue)}</View>
      <View className="gt-cs__text">{item.excerpt}</View>
      <View className="gt-cs__line">
        {item.place} · {item.handlerName ?? t.none}
      </View>
      {item.remindedAt && <View className="gt-cs__line">{t.remindedAt(formatDateTime(item.remindedAt))}</View>}
      <View className="gt-cs__actions">
        <AtButton type="primary" onClick={() => onRemind(item)}>
          {t.remind}
        </AtButton>
      </View>
    </View>
  );
}

/** Labelled figures side by side. */
function FigureCells({ cells }: { cells: Array<[string, string | number]> }) {
  return (
    <>
      {cells.map(([label, value]) => (
        <View key={label} className="gt-cs__figure">
          <View className="gt-cs__line">{label}</View>
          <View className="gt-cs__value">{value}</View>
        </View>
      ))}
    </>
  );
}

function Figures({ d }: { d: DashboardDto }) {
  const r = d.requests;
  const cells: Array<[string, string]> = [
    [t.onTimeRate, percent(r.onTimeRate)],
    [t.avgResolve, r.avgResolveHours === null ? t.none : t.hours(r.avgResolveHours)],
    [t.avgStars, r.avgStars === null ? t.none : String(r.avgStars)],
    [t.notSolvedShare, percent(r.notSolvedShare)],
  ];
  return (
    <View className="gt-cs__figures">
      <FigureCells cells={cells} />
    </View>
  );
}

/** 群众留言: how many wait, those waiting over a day (tap to answer), and the way to all of them. */
function MessagesPanel({ d }: { d: DashboardDto }) {
  return (
    <View className="gt-cs__card">
      <View className="gt-cs__title">
        {d.scope.name} · {t.messagesHeading}
      </View>
      <View className="gt-cs__line">{t.waitingCount(d.messages.waiting)}</View>
      {d.messages.unansweredOver24h.length > 0 && <View className="gt-cs__alert">{t.lateMessages}</View>}
      {d.messages.unansweredOver24h.map((m) => (
        <View
          key={m.id}
          className="gt-cs__line"
          onClick={() => Taro.navigateTo({ url: `/packages/console/message-detail/index?id=${m.id}&staff=1` })}
        >
          {t.waitingHours(m.waitingHours)} · {m.excerpt}
        </View>
      ))}
      <View className="gt-cs__actions">
        <AtButton onClick={() => Taro.navigateTo({ url: '/packages/console/staff-messages/index' })}>{t.goMessages}</AtButton>
      </View>
    </View>
  );
}

/** 诉求情况: the figures as of the last refresh, by state and by category. */
function RequestsPanel({ d }: { d: DashboardDto }) {
  return (
    <>
      <View className="gt-cs__heading">
        {t.requestsHeading} · {t.total(d.requests.total)}
      </View>
      <View className="gt-cs__card">
        <View className="gt-cs__line">{d.asOf ? t.asOf(formatDateTime(d.asOf)) : t.asOfNone}</View>
        <Figures d={d} />
        <View className="gt-cs__heading">{t.byState}</View>
        <BarChart bars={d.requests.byState.map((s) => ({ key: s.state, label: s.label, value: s.count }))} />
        <View className="gt-cs__heading">{t.byCategory}</View>
        <BarChart bars={d.requests.byCategory.map((c) => ({ key: c.id, label: c.name, value: c.count }))} />
      </View>
    </>
  );
}

/** 考核排名: grids and grid members by score, those under 80 marked. */
function RankingsPanel({ d }: { d: DashboardDto }) {
  return (
    <>
      <View className="gt-cs__heading">{t.gridsHeading}</View>
      <View className="gt-cs__card">
        <View className="gt-cs__line">{t.scoreHint}</View>
        <BarChart
          max={100}
          bars={d.grids.map((g) => ({
            key: g.id,
            label: `${g.village} ${g.name}`,
            value: g.score ?? 0,
            caption: t.score(g.score),
            alert: g.low,
          }))}
        />
      </View>
      <View className="gt-cs__heading">{t.membersHeading}</View>
      <View className="gt-cs__card">
        <BarChart
          max={100}
          bars={d.members.map((m) => ({
            key: m.id,
            label: `${m.name}（${m.grid}）`,
            value: m.score ?? 0,
            caption: t.score(m.score),
            alert: m.low,
          }))}
        />
      </View>
    </>
  );
}

/** 便民服务和党员服务: bookings, no-shows, active claims, approved hours. */
function ActivityPanel({ d }: { d: DashboardDto }) {
  const cells: Array<[string, number]> = [
    [t.bookings, d.serviceDays.bookings],
    [t.noShows, d.serviceDays.noShows],
    [t.activeClaims, d.posts.activeClaims],
    [t.approvedHours, d.posts.approvedHours],
  ];
  return (
    <>
      <View className="gt-cs__heading">{t.activityHeading}</View>
      <View className="gt-cs__card gt-cs__figures">
        <FigureCells cells={cells} />
      </View>
    </>
  );
}

/** 工作台: the jurisdiction's figures for a period, 督办 with one tap, who needs a visit, rankings, activity, unanswered messages. */
export default function ConsoleHomePage() {
  const { period, choose, remote, remind } = useDashboard();
  const d = remote.data;
  return (
    <PageShell className="gt-cs-home">
      <SegmentTabs options={PERIODS.map((key) => ({ key, label: t.periods[key] }))} current={period} onChange={choose} />
      <LoadState loading={remote.loading} error={remote.error} onRetry={remote.reload} hasData={d !== null}>
        {d && (
          <View>
            <MessagesPanel d={d} />
            <View className="gt-cs__heading">{t.overdueHeading}</View>
            {d.overdue.length === 0 && <View className="gt-cs__empty">{t.overdueEmpty}</View>}
            {d.overdue.map((item) => (
              <OverdueCard key={item.id} item={item} onRemind={(i) => void remind(i)} />
            ))}
            <NeedsVisitPanel />
            <RequestsPanel d={d} />
            <RankingsPanel d={d} />
            <ActivityPanel d={d} />
          </View>
        )}
      </LoadState>
    </PageShell>
  );
}
