import { View } from '@tarojs/components';
import LoadState from '@/components/LoadState';
import PageShell from '@/components/PageShell';
import { servicedaysText } from '@/text/servicedays';
import { formatClock } from '@/utils/time';
import CheckInCard from './CheckInCard';
import { useDayList } from './useDayList';
import WalkInForm from './WalkInForm';
import WindowList from './WindowList';
import '../common.scss';

const t = servicedaysText;

/** 当天名单: at the hall, per window; check in by code or QR, walk-ins, no-shows. */
export default function DayListPage() {
  const day = useDayList();
  const { list, current } = day;
  const data = list.data;
  return (
    <PageShell className="gt-sd-day">
      <LoadState loading={list.loading} error={list.error} onRetry={list.reload} hasData={data !== null}>
        {data && current && (
          <View>
            <View className="gt-sd__card">
              <View className="gt-sd__title">
                {t.date(data.session.date, data.session.weekday)} {data.session.title}
              </View>
              <View className="gt-sd__line">{data.session.venue}</View>
              <View className="gt-sd__line gt-sd-day__totals">{t.totals(data.totals)}</View>
            </View>
            <CheckInCard day={day} />
            <WindowList windows={data.windows} current={current} onChoose={day.setWindowId} onNoShow={(b) => void day.noShow(b)} />
            <WalkInForm session={data} windowId={current.id} onAdded={list.reload} />
            <View className="gt-sd__heading">{t.log}</View>
            <View className="gt-sd__card">
              {data.events.slice(0, 50).map((e, i) => (
                <View key={i} className="gt-sd__line">
                  {formatClock(e.at)} {t.eventTypes[e.type]} {e.code ?? ''} {e.byName}
                  {e.reason ? `：${e.reason}` : ''}
                </View>
              ))}
            </View>
          </View>
        )}
      </LoadState>
    </PageShell>
  );
}
