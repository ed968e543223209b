import { Text, View } from '@tarojs/components';
import { AtButton } from 'taro-ui';
import type { StaffBookingDto } from '@contract';
import { servicedaysText } from '@/text/servicedays';
import { cx } from '@/utils/cx';

const t = servicedaysText;

/** One person on the day's list: name, code, phone, where they stand, and 未到 while still booked. */
export default function BookingRow({ booking, onNoShow }: { booking: StaffBookingDto; onNoShow: (b: StaffBookingDto) => void }) {
  return (
    <View className={cx('gt-sd__row', 'gt-sd-day__booking', `gt-sd-day__booking--${booking.status}`)} data-code={booking.code}>
      <View className="gt-sd__row-main">
        <View className="gt-sd__strong">
          {booking.name || '—'} {booking.source === 'walkIn' ? `（${t.walkInTag}）` : ''}
        </View>
        <View className="gt-sd__line">
          {t.code} {booking.code} {booking.phone} · <Text className="gt-sd-day__status">{t.status[booking.status]}</Text>
          {booking.cancelReason ? `：${booking.cancelReason}` : ''}
        </View>
      </View>
      {booking.status === 'booked' && (
        <AtButton size="small" onClick={() => onNoShow(booking)}>
          {t.noShow}
        </AtButton>
      )}
    </View>
  );
}
