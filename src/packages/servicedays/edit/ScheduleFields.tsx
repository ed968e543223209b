import { Input, Picker, View } from '@tarojs/components';
import { servicedaysText } from '@/text/servicedays';
import { cx } from '@/utils/cx';
import type { FormPatch, ServiceDayForm } from './serviceDayForm';

const t = servicedaysText;
const SLOT_CHOICES = [15, 20, 30, 45, 60, 90, 120];

/** Which weekdays or days of the month. */
function RecurrenceFields({ form, set }: { form: ServiceDayForm; set: (patch: FormPatch) => void }) {
  if (form.kind === 'monthly') {
    return (
      <View>
        <View className="gt-sd__label">{t.monthDays}</View>
        <Input className="gt-sd__input" value={form.monthDays} onInput={(e) => set({ monthDays: e.detail.value })} />
      </View>
    );
  }
  return (
    <View className="gt-sd__chips">
      {t.weekday.map((name, index) => {
        const day = index + 1;
        const on = form.weekdays.includes(day);
        return (
          <View
            key={name}
            className={cx('gt-sd__chip', on && 'gt-sd__chip--chosen')}
            onClick={() => set({ weekdays: on ? form.weekdays.filter((d) => d !== day) : [...form.weekdays, day].sort() })}
          >
            {name}
          </View>
        );
      })}
    </View>
  );
}

/** When: every week or month on which days, from when to when, and how long each slot is. */
export default function ScheduleFields({ form, set }: { form: ServiceDayForm; set: (patch: FormPatch) => void }) {
  return (
    <>
      <View className="gt-sd__label">{t.fieldRecurrence}</View>
      <View className="gt-sd__chips">
        {(['weekly', 'monthly'] as const).map((kind) => (
          <View key={kind} className={cx('gt-sd__chip', form.kind === kind && 'gt-sd__chip--chosen')} onClick={() => set({ kind })}>
            {kind === 'weekly' ? t.weekly : t.monthly}
          </View>
        ))}
      </View>
      <RecurrenceFields form={form} set={set} />
      <View className="gt-sd__label">
        {t.fieldStart} / {t.fieldEnd}
      </View>
      <View className="gt-sd__chips">
        <Picker mode="time" value={form.startTime} onChange={(e) => set({ startTime: String(e.detail.value) })}>
          <View className="gt-sd__chip">{form.startTime}</View>
        </Picker>
        <Picker mode="time" value={form.endTime} onChange={(e) => set({ endTime: String(e.detail.value) })}>
          <View className="gt-sd__chip">{form.endTime}</View>
        </Picker>
      </View>
      <View className="gt-sd__label">{t.fieldSlot}</View>
      <Picker
        mode="selector"
        range={SLOT_CHOICES.map(String)}
        value={Math.max(0, SLOT_CHOICES.indexOf(form.slotMinutes))}
        onChange={(e) => set({ slotMinutes: SLOT_CHOICES[Number(e.detail.value)] })}
      >
        <View className="gt-sd__input">{form.slotMinutes}</View>
      </Picker>
    </>
  );
}
