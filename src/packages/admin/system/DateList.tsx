import { Picker, View } from '@tarojs/components';
import { adminText } from '@/text/admin';
import { cx } from '@/utils/cx';
import { chinaMonthSoFar } from '@/utils/time';

const t = adminText;

interface DateListProps {
  title: string;
  /** YYYY-MM-DD, sorted. */
  dates: string[];
  editable: boolean;
  addLabel: string;
  className?: string;
  onChange: (dates: string[]) => void;
}

/** "10月1日 周四" (the weekday matters: a holiday falls on a weekday, a 调休 working day on a weekend). */
function dayLabel(date: string): string {
  return t.day(Number(date.slice(5, 7)), Number(date.slice(8, 10)), new Date(`${date}T00:00:00Z`).getUTCDay());
}

/**
 * One list of the work calendar grouped by year; when editable, a date is
 * added with the date picker and removed with a tap on it.
 */
export default function DateList({ title, dates, editable, addLabel, className, onChange }: DateListProps) {
  const years = [...new Set(dates.map((date) => date.slice(0, 4)))];
  const add = (date: string) => onChange([...new Set([...dates, date])].sort());
  return (
    <View className={cx('gt-system__dates', className)}>
      <View className="gt-admin__label gt-system__dates-title">{title}</View>
      {dates.length === 0 && <View className="gt-admin__hint">{t.noDates}</View>}
      {years.map((year) => (
        <View key={year} className="gt-system__year">
          <View className="gt-system__year-title">{t.year(year)}</View>
          <View className="gt-system__days">
            {dates
              .filter((date) => date.startsWith(year))
              .map((date) => (
                <View
                  key={date}
                  className={cx('gt-system__day', editable && 'gt-system__day--removable')}
                  data-date={date}
                  ariaLabel={editable ? t.removeLabel(dayLabel(date)) : dayLabel(date)}
                  hoverClass={editable ? 'gt-system__day--active' : 'none'}
                  onClick={() => editable && onChange(dates.filter((held) => held !== date))}
                >
                  {dayLabel(date)}
                  {editable && <View className="gt-system__day-remove">✕</View>}
                </View>
              ))}
          </View>
        </View>
      ))}
      {editable && (
        <Picker mode="date" value={chinaMonthSoFar().to} onChange={(e) => add(String(e.detail.value))}>
          <View className="gt-admin__input gt-system__add-day">{addLabel}</View>
        </Picker>
      )}
    </View>
  );
}
