import { Text, View } from '@tarojs/components';
import type { StaffSessionDto } from '@contract';
import { servicedaysText } from '@/text/servicedays';
import { cx } from '@/utils/cx';
import BookingRow, { type BookingActions } from './BookingRow';

const t = servicedaysText;
type StaffWindow = StaffSessionDto['windows'][number];

interface WindowListProps {
  windows: StaffWindow[];
  current: StaffWindow;
  onChoose: (windowId: string) => void;
  actions: BookingActions;
}

/**
 * The windows as tabs (with how many are booked); the chosen window's
 * people still expected, by slot (walk-ins without a slot last); then who
 * has checked in (latest first), then no-shows and cancellations.
 */
export default function WindowList({ windows, current, onChoose, actions }: WindowListProps) {
  const waiting = current.bookings.filter((b) => b.status === 'booked');
  const checkedIn = current.bookings
    .filter((b) => b.status === 'checkedIn')
    .sort((a, b) => (b.checkedInAt ?? '').localeCompare(a.checkedInAt ?? ''));
  const others = current.bookings.filter((b) => b.status === 'noShow' || b.status === 'cancelled');
  const rows = (list: typeof waiting) => list.map((b) => <BookingRow key={b.code} booking={b} actions={actions} />);
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
      <View className="gt-sd__card gt-sd-day__waiting">
        {current.slots.map((slot) => {
          const inSlot = waiting.filter((b) => b.slotKey === slot.key);
          return (
            <View key={slot.key}>
              <View className="gt-sd__line gt-sd-day__slot">
                {t.hours(slot.start, slot.end)}（{slot.taken}/{slot.capacity}）
              </View>
              {inSlot.length === 0 && slot.taken > 0 && <View className="gt-sd__line gt-sd-day__all-here">{t.waitingNone}</View>}
              {rows(inSlot)}
            </View>
          );
        })}
        {rows(waiting.filter((b) => b.slotKey === null))}
      </View>
      {checkedIn.length > 0 && (
        <>
          <View className="gt-sd__heading">{t.checkedInSection(checkedIn.length)}</View>
          <View className="gt-sd__card gt-sd-day__checked-in">{rows(checkedIn)}</View>
        </>
      )}
      {others.length > 0 && (
        <>
          <View className="gt-sd__heading">{t.otherSection}</View>
          <View className="gt-sd__card gt-sd-day__others">{rows(others)}</View>
        </>
      )}
    </>
  );
}
