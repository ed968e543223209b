import { View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import type { BookingDto } from '@contract';
import Button from '@/components/Button';
import BookingCard from '@/components/BookingCard';
import LoadState from '@/components/LoadState';
import PageShell from '@/components/PageShell';
import { useRemote } from '@/hooks/useRemote';
import * as servicedaysApi from '@/services/servicedays';
import { showFailure, showNotice } from '@/state/notice';
import { servicedaysText } from '@/text/servicedays';
import '../common.scss';

const t = servicedaysText;

/** 我的预约: coming bookings with the code and QR code, and the history. */
export default function MyBookingsPage() {
  const mine = useRemote(servicedaysApi.myBookings);
  useDidShow(() => mine.reload());

  const cancel = async (booking: BookingDto, reason: string) => {
    try {
      await servicedaysApi.cancelBooking(booking.sessionId, booking.code, reason);
      showNotice(t.cancelDone, 'success');
      mine.reload();
    } catch (error) {
      showFailure(error);
    }
  };

  const data = mine.data;
  return (
    <PageShell className="gt-sd-my">
      <LoadState loading={mine.loading} error={mine.error} onRetry={mine.reload} hasData={data !== null}>
        {data && (
          <View>
            <View className="gt-sd__heading">{t.upcoming}</View>
            {data.upcoming.length === 0 ? (
              <View className="gt-sd__empty">
                <View>{t.noBookings}</View>
                <Button type="primary" onClick={() => Taro.navigateTo({ url: '/packages/servicedays/browse/index' })}>
                  {t.goBrowse}
                </Button>
              </View>
            ) : (
              data.upcoming.map((b) => <BookingCard key={`${b.sessionId}-${b.code}`} booking={b} prominent onCancel={cancel} />)
            )}
            {data.past.length > 0 && <View className="gt-sd__heading">{t.history}</View>}
            {data.past.map((b) => (
              <BookingCard key={`${b.sessionId}-${b.code}`} booking={b} />
            ))}
          </View>
        )}
      </LoadState>
    </PageShell>
  );
}
