import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import Button from '@/components/Button';
import type { DashboardDto, OverdueItemDto } from '@contract';
import BarChart from '@/components/BarChart';
import LoadState from '@/components/LoadState';
import PageShell from '@/components/PageShell';
import SegmentTabs from '@/components/SegmentTabs';
import { dashboardText } from '@/text/dashboard';
import { formatDateTime } from '@/utils/time';
import type { PeriodKey } from '../period';
import FigureCells, { type Figure } from './FigureCells';
import NeedsVisitPanel from './NeedsVisitPanel';
import ProxyAgentsPanel from './ProxyAgentsPanel';
import { useDashboard } from './useDashboard';
import '../common.scss';

const t = dashboardText;
const PERIODS: PeriodKey[] = ['month', 'quarter', 'year'];

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
        <Button type="primary" onClick={() => onRemind(item)}>
          {t.remind}
        </Button>
      </View>
    </View>
  );
}

function Figures({ d }: { d: DashboardDto }) {
  const r = d.requests;
  const cells: Array<[string, Figure]> = [
    [t.onTimeRate, t.rate(r.onTimeRate, r.onTime, r.finished)],
    [
      t.avgResolve,
      r.avgResolveHours === null ? { value: t.none } : { value: t.hours(r.avgResolveHours), count: t.finishedCount(r.finished) },
    ],
    [t.avgStars, t.stars(r.avgStars, r.rated)],
    [t.notSolvedShare, t.rate(r.notSolvedShare, r.notSolved, r.feedback)],
    [t.notNow, t.notNowCounts(r.explained, r.planned)],
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
        <Button onClick={() => Taro.navigateTo({ url: '/packages/console/staff-messages/index' })}>{t.goMessages}</Button>
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
        <Button className="gt-cs__plans-link" onClick={() => Taro.navigateTo({ url: '/packages/console/plans/index' })}>
          {t.goPlans}
        </Button>
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
            value: g.score,
            caption: t.score(g.score),
            detail: t.assessment(g),
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
            value: m.score,
            caption: t.score(m.score),
            detail: t.assessment(m),
            alert: m.low,
          }))}
        />
      </View>
    </>
  );
}

/** 便民服务和党员服务: bookings, no-shows, active claims, approved hours. */
function ActivityPanel({ d }: { d: DashboardDto }) {
  const cells: Array<[string, Figure]> = [
    [t.bookings, { value: d.serviceDays.bookings }],
    [t.noShows, { value: d.serviceDays.noShows }],
    [t.activeClaims, { value: d.posts.activeClaims }],
    [t.approvedHours, { value: d.posts.approvedHours }],
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
      <ProxyAgentsPanel />
    </PageShell>
  );
}
