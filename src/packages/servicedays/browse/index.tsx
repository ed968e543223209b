import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import type { SessionCardDto } from '@contract';
import Button from '@/components/Button';
import LoadState from '@/components/LoadState';
import PageShell from '@/components/PageShell';
import { useRemote } from '@/hooks/useRemote';
import * as servicedaysApi from '@/services/servicedays';
import { servicedaysText } from '@/text/servicedays';
import { cx } from '@/utils/cx';
import { formatDateTime } from '@/utils/time';
import '../common.scss';

const t = servicedaysText;

/** 便民服务日: the coming dates of the resident's township and village, with places left. */
export default function BrowsePage() {
  const list = useRemote(servicedaysApi.browse);
  useDidShow(() => list.reload());
  const sessions = list.data ?? [];
  return (
    <PageShell className="gt-sd-browse">
      <View className="gt-sd__buttons gt-sd__toolbar">
        <Button size="small" onClick={() => Taro.navigateTo({ url: '/packages/servicedays/my/index' })}>
          {t.titles.my}
        </Button>
      </View>
      <LoadState loading={list.loading} error={list.error} onRetry={list.reload} hasData={list.data !== null}>
        {sessions.length === 0 ? (
          <View className="gt-sd__empty">{t.none}</View>
        ) : (
          sessions.map((s) => <SessionCard key={s.id} session={s} />)
        )}
      </LoadState>
    </PageShell>
  );
}

function SessionCard({ session }: { session: SessionCardDto }) {
  const cancelled = session.status === 'cancelled';
  const notOpen = new Date(session.opensAt).getTime() > Date.now();
  const open = () =>
    cancelled ? undefined : Taro.navigateTo({ url: `/packages/servicedays/session/index?id=${encodeURIComponent(session.id)}` });
  return (
    <View className={cx('gt-sd__card', !cancelled && 'gt-sd__card--tap', 'gt-sd-session-card')} data-session={session.id} onClick={open}>
      <View className="gt-sd__title">
        {t.date(session.date, session.weekday)} {t.hours(session.startTime, session.endTime)}
      </View>
      <View className="gt-sd__strong">{session.title}</View>
      <View className="gt-sd__line">{session.venue}</View>
      {cancelled ? (
        <View className="gt-sd__warn">{t.cancelledBecause(session.cancelReason ?? '')}</View>
      ) : notOpen ? (
        <View className="gt-sd__line">{t.notOpenYet(formatDateTime(session.opensAt))}</View>
      ) : (
        <View className="gt-sd__chips">
          {session.windows.map((w) => (
            <View key={w.id} className={cx('gt-sd__chip', w.left === 0 && 'gt-sd__chip--off')}>
              <Text>{w.name}</Text>
              <Text className="gt-sd__chip-sub">{t.left(w.left)}</Text>
            </View>
          ))}
        </View>
      )}
    </View>
  );
}
