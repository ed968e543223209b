import { View } from '@tarojs/components';
import BookingCard from '@/components/BookingCard';
import LoadState from '@/components/LoadState';
import PageShell from '@/components/PageShell';
import { servicedaysText } from '@/text/servicedays';
import SlotPicker from './SlotPicker';
import { useBooking } from './useBooking';
import '../common.scss';

const t = servicedaysText;

/** One date: choose a window and a slot, see the places left, book; or see the booking made. */
export default function SessionPage() {
  const booking = useBooking();
  const { detail, full } = booking;
  const data = detail.data;
  return (
    <PageShell className="gt-sd-session">
      <LoadState loading={detail.loading} error={detail.error} onRetry={detail.reload} hasData={data !== null}>
        {data && (
          <View>
            <View className="gt-sd__card">
              <View className="gt-sd__title">
                {t.date(data.date, data.weekday)} {t.hours(data.startTime, data.endTime)}
              </View>
              <View className="gt-sd__strong">{data.title}</View>
              <View className="gt-sd__line">{data.venue}</View>
              {data.status === 'cancelled' && <View className="gt-sd__warn">{t.cancelledBecause(data.cancelReason ?? '')}</View>}
            </View>
            {data.myBookings.length > 0 && <View className="gt-sd__heading">{t.yourBooking}</View>}
            {data.myBookings.map((b) => (
              <BookingCard key={b.code} booking={b} prominent onCancel={booking.cancel} />
            ))}
            {data.status === 'open' && !full && <SlotPicker data={data} booking={booking} />}
          </View>
        )}
      </LoadState>
    </PageShell>
  );
}
