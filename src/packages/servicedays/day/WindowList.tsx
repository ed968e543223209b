import { Text, View } from '@tarojs/components';
import type { StaffBookingDto, StaffSessionDto } from '@contract';
import { servicedaysText } from '@/text/servicedays';
import { cx } from '@/utils/cx';
import BookingRow from './BookingRow';

const t = servicedaysText;
type StaffWindow = StaffSessionDto['windows'][number];

interface WindowListProps {
  windows: StaffWindow[];
  current: StaffWindow;
  onChoose: (windowId: string) => void;
  onNoShow: (booking: StaffBookingDto) => void;
}

/** The windows as tabs (with how many are booked), and the chosen window's people by slot, walk-ins without a slot last. */
export default function WindowList({ windows, current, onChoose, onNoShow }: WindowListProps) {
  return (
    <>
      <View className="gt-sd__chips gt-sd__toolbar">
        {windows.map((w) => (
          <View key={w.id} className={cx('gt-sd__chip', w.id === current.id && 'gt-sd__chip--chosen')} onClick={() => onChoose(w.id)}>
            <Text>{w.name}</Text>
            <Text className="gt-sd__chip-sub">{w.bookings.filter((b) => b.status !== 'cancelled').length}人</Text>
          </View>
        ))}
      </View>
      <View className="gt-sd__card">
        {current.slots.map((slot) => (
          <View key={slot.key}>
            <View className="gt-sd__line">
              {t.hours(slot.start, slot.end)}（{slot.taken}/{slot.capacity}）
            </View>
            {current.bookings
              .filter((b) => b.slotKey === slot.key)
              .map((b) => (
                <BookingRow key={b.code} booking={b} onNoShow={onNoShow} />
              ))}
          </View>
        ))}
        {current.bookings
          .filter((b) => b.slotKey === null)
          .map((b) => (
            <BookingRow key={b.code} booking={b} onNoShow={onNoShow} />
          ))}
      </View>
    </>
  );
}
