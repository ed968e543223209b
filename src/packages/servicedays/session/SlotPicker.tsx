import { Text, View } from '@tarojs/components';
import Button from '@/components/Button';
import type { SessionDetailDto } from '@contract';
import { servicedaysText } from '@/text/servicedays';
import { cx } from '@/utils/cx';
import type { Booking } from './useBooking';

const t = servicedaysText;

/** 第一步 a window, 第二步 a time with places left, then 确认预约. */
export default function SlotPicker({ data, booking }: { data: SessionDetailDto; booking: Booking }) {
  const { windowId, slotKey, slots, chosen, chooseWindow, chooseSlot } = booking.choice;
  return (
    <View className="gt-sd__card">
      <View className="gt-sd__strong">{t.chooseWindow}</View>
      <View className="gt-sd__chips">
        {data.windows.map((w) => (
          <View
            key={w.id}
            className={cx('gt-sd__chip', 'gt-sd-window', w.id === windowId && 'gt-sd__chip--chosen', w.left === 0 && 'gt-sd__chip--off')}
            onClick={() => chooseWindow(w.id)}
          >
            <Text>{w.name}</Text>
            <Text className="gt-sd__chip-sub">{t.left(w.left)}</Text>
          </View>
        ))}
      </View>
      <View className="gt-sd__strong" style={{ marginTop: '16px' }}>
        {t.chooseSlot}
      </View>
      <View className="gt-sd__chips">
        {slots.map((s) => (
          <View
            key={s.key}
            className={cx('gt-sd__chip', 'gt-sd-slot', s.key === slotKey && 'gt-sd__chip--chosen', !s.bookable && 'gt-sd__chip--off')}
            data-slot={s.key}
            data-left={s.left}
            onClick={() => s.bookable && chooseSlot(s.key)}
          >
            <Text>{t.hours(s.start, s.end)}</Text>
            <Text className="gt-sd__chip-sub gt-sd-slot__left">
              {new Date(s.startsAt).getTime() <= Date.now() ? t.slotBegun : t.left(s.left)}
            </Text>
          </View>
        ))}
      </View>
      <View className="gt-sd__line">{t.cutoffHint(data.cancelCutoffMinutes)}</View>
      {chosen && (
        <Button
          className="gt-sd-confirm"
          type="primary"
          loading={booking.busy}
          disabled={booking.busy}
          onClick={() => void booking.submit(data, chosen)}
        >
          {t.confirm(data.windows.find((w) => w.id === chosen.windowId)?.name ?? '', chosen.start, chosen.end)}
        </Button>
      )}
    </View>
  );
}
