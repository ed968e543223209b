import { View } from '@tarojs/components';
import type { WorkCalendarDto } from '@contract';
import { useState } from 'react';
import Button from '@/components/Button';
import LoadState from '@/components/LoadState';
import { useOpenedVersion } from '@/hooks/useOpenedVersion';
import { useRemote } from '@/hooks/useRemote';
import * as adminApi from '@/services/admin';
import { adminText } from '@/text/admin';
import { submitWithNotice } from '@/utils/submit';
import DateList from './DateList';

const t = adminText;

type Lists = Pick<WorkCalendarDto, 'holidays' | 'workdays'>;
const LISTS: Array<{ key: keyof Lists; title: string; addLabel: string }> = [
  { key: 'holidays', title: t.holidaysTitle, addLabel: t.addHoliday },
  { key: 'workdays', title: t.workdaysTitle, addLabel: t.addWorkday },
];
const same = (a: Lists, b: Lists) => a.holidays.join() === b.holidays.join() && a.workdays.join() === b.workdays.join();

/**
 * 节假日: the weekday holidays and weekend working days (调休) that deadlines
 * are counted with, by year. The county's administrator adds and removes
 * dates, then saves both lists at once; others only read them.
 */
export default function WorkCalendar() {
  const calendar = useRemote(adminApi.workCalendar);
  const [edited, setEdited] = useState<Lists | null>(null);
  const [saving, setSaving] = useState(false);
  const stored = calendar.data;
  const lists = edited ?? stored;
  const editable = stored?.editable ?? false;
  const dirty = Boolean(stored && edited && !same(stored, edited));

  // Another administrator's save meanwhile is refused (CONFLICT): the edited dates stay, the next save is on what is stored now.
  const opened = useOpenedVersion(stored?.version, async () => (await adminApi.workCalendar()).version);

  const change = (key: keyof Lists, dates: string[]) =>
    lists && setEdited({ holidays: lists.holidays, workdays: lists.workdays, [key]: dates });
  const save = async () => {
    if (!lists || opened.version === undefined) return;
    const version = opened.version;
    setSaving(true);
    const result = await submitWithNotice(() => adminApi.setHolidays(lists.holidays, lists.workdays, version), t.calendarSaved);
    if (result.ok) {
      opened.savedAt(result.value);
      calendar.reload();
    } else await opened.refusedWith(result.error);
    setSaving(false);
  };

  return (
    <View className="gt-admin__card gt-system__calendar">
      <View className="gt-admin__title">{t.calendarTitle}</View>
      <View className="gt-admin__hint">{t.calendarHint}</View>
      <LoadState loading={calendar.loading} error={calendar.error} onRetry={calendar.reload} hasData={stored !== null}>
        {lists && (
          <View>
            {!editable && <View className="gt-admin__hint gt-system__read-only">{t.calendarReadOnly}</View>}
            {LISTS.map(({ key, title, addLabel }) => (
              <DateList
                key={key}
                className={`gt-system__${key}`}
                title={title}
                dates={lists[key]}
                editable={editable}
                addLabel={addLabel}
                onChange={(dates) => change(key, dates)}
              />
            ))}
            {editable && (
              <View className="gt-system__calendar-save">
                {dirty && <View className="gt-admin__hint">{t.unsaved}</View>}
                <Button
                  className="gt-system__save-calendar"
                  type="primary"
                  loading={saving}
                  disabled={saving || !dirty}
                  onClick={() => void save()}
                >
                  {t.save}
                </Button>
              </View>
            )}
          </View>
        )}
      </LoadState>
    </View>
  );
}
