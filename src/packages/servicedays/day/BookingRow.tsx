import { Text, View } from '@tarojs/components';
import Button from '@/components/Button';
import type { StaffBookingDto } from '@contract';
import { servicedaysText } from '@/text/servicedays';
import { cx } from '@/utils/cx';
import { callPhone, formatPhone } from '@/utils/phone';
import { formatClock } from '@/utils/time';

const t = servicedaysText;

export interface BookingActions {
  onCheckIn: (booking: StaffBookingDto) => void;
  onNoShow: (booking: StaffBookingDto) => void;
  /** Whether the booked time has passed (by the server's clock): only then is 未到 offered. */
  noShowOpen: (booking: StaffBookingDto) => boolean;
}

/**
 * One person on the day's list: name; the booking code and the phone each
 * on its own, labelled (never one run of digits); where they stand; their
 * own 签到 button while booked, and 未到 once their time has passed.
 */
export default function BookingRow({ booking, actions }: { booking: StaffBookingDto; actions: BookingActions }) {
  const booked = booking.status === 'booked';
  const noShowOpen = booked && actions.noShowOpen(booking);
  return (
    <View className={cx('gt-sd__row', 'gt-sd-day__booking', `gt-sd-day__booking--${booking.status}`)} data-code={booking.code}>
      <View className="gt-sd__row-main">
        <View className="gt-sd__strong">
          {booking.name || '—'} {booking.source === 'walkIn' ? `（${t.walkInTag}）` : ''}
        </View>
        <View className="gt-sd-day__ids">
          <Text className="gt-sd-day__code-chip">
            {t.code} <Text className="gt-sd-day__code-digits">{booking.code}</Text>
          </Text>
          {booking.phone && (
            <Text className="gt-sd-day__phone" onClick={() => callPhone(booking.phone)}>
              {t.phoneLabel} {formatPhone(booking.phone)}
            </Text>
          )}
        </View>
        <View className="gt-sd__line">
          <Text className="gt-sd-day__status">{t.status[booking.status]}</Text>
          {booking.checkedInAt ? ` · ${t.checkedInAt(formatClock(booking.checkedInAt))}` : ''}
          {booking.cancelReason ? `：${booking.cancelReason}` : ''}
          {booked && !noShowOpen && booking.noShowFrom ? ` · ${t.noShowFrom(formatClock(booking.noShowFrom))}` : ''}
        </View>
      </View>
      {booked && (
        <View className="gt-sd-day__row-actions">
          <Button className="gt-sd-day__row-check-in" type="primary" onClick={() => actions.onCheckIn(booking)}>
            {t.rowCheckIn}
          </Button>
          {noShowOpen && (
            <Button className="gt-sd-day__no-show" size="small" onClick={() => actions.onNoShow(booking)}>
              {t.noShow}
            </Button>
          )}
        </View>
      )}
    </View>
  );
}
