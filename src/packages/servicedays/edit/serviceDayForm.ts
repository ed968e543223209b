import type { RequestOf, ServiceDayListDto } from '@contract';
import type { FieldProblems } from '@/hooks/useFieldErrors';
import { servicedaysText } from '@/text/servicedays';
import { excessOf, requiredText, textLimits } from '@/utils/textLimit';

/** The editor's fields as the person types them (numbers stay text until saved). */
export interface ServiceDayForm {
  placeId: string;
  title: string;
  venue: string;
  kind: 'weekly' | 'monthly';
  weekdays: number[];
  monthDays: string;
  startTime: string;
  endTime: string;
  slotMinutes: number;
  windows: Array<{ id?: string; name: string; capacity: string }>;
  horizonWeeks: string;
  cutoffHours: string;
}

export type FormPatch = Partial<ServiceDayForm>;

const EMPTY: ServiceDayForm = {
  placeId: '',
  title: '',
  venue: '',
  kind: 'weekly',
  weekdays: [3],
  monthDays: '1,15',
  startTime: '09:00',
  endTime: '12:00',
  slotMinutes: 30,
  windows: [{ name: '', capacity: '3' }],
  horizonWeeks: '4',
  cutoffHours: '2',
};

/** The service day being changed as a form, or a new one at the first place the person may set one up for. */
export function formFrom(list: ServiceDayListDto, id: string | undefined): ServiceDayForm {
  const day = list.serviceDays.find((d) => d.id === id);
  if (!day) return { ...EMPTY, placeId: list.places[0]?.id ?? '' };
  return {
    placeId: day.place.id,
    title: day.title,
    venue: day.venue,
    kind: day.recurrence.kind,
    weekdays: day.recurrence.kind === 'weekly' ? day.recurrence.weekdays : [3],
    monthDays: day.recurrence.kind === 'monthly' ? day.recurrence.days.join(',') : '1,15',
    startTime: day.startTime,
    endTime: day.endTime,
    slotMinutes: day.slotMinutes,
    windows: day.windows.map((w) => ({ id: w.id, name: w.name, capacity: String(w.capacity) })),
    horizonWeeks: String(day.horizonWeeks),
    cutoffHours: String(day.cancelCutoffMinutes / 60),
  };
}

/**
 * What saving sends: the server checks every field and says which is wrong.
 * An edit names its version; a new one carries the form's key (a resend after
 * a lost answer creates it once).
 */
export function saveInputOf(
  form: ServiceDayForm,
  id: string | undefined,
  version: number | undefined,
  clientKey: string,
): RequestOf<'servicedays', 'saveServiceDay'> {
  return {
    ...(id ? { id, expectedVersion: version } : { clientKey }),
    placeId: form.placeId,
    title: form.title,
    venue: form.venue,
    recurrence:
      form.kind === 'weekly'
        ? { kind: 'weekly', weekdays: form.weekdays }
        : {
            kind: 'monthly',
            days: form.monthDays
              .split(/[,，、\s]+/)
              .filter(Boolean)
              .map(Number),
          },
    startTime: form.startTime,
    endTime: form.endTime,
    slotMinutes: form.slotMinutes,
    windows: form.windows.map((w) => ({ ...(w.id ? { id: w.id } : {}), name: w.name, capacity: Number(w.capacity) })),
    horizonWeeks: Number(form.horizonWeeks),
    cancelCutoffMinutes: Math.round(Number(form.cutoffHours) * 60),
  };
}

/** The fields of the form a problem can be marked at. */
export type ServiceDayField = 'title' | 'venue' | 'windows';

/** What the form lacks or has too long, by field (the server checks the rest and marks its own). */
export function serviceDayProblems(form: ServiceDayForm): FieldProblems<ServiceDayField> {
  const longWindow = form.windows.some((w) => excessOf(w.name, textLimits.windowName) > 0);
  return {
    title: requiredText(form.title, servicedaysText.needTitle, textLimits.serviceDayTitle),
    venue: requiredText(form.venue, servicedaysText.needVenue, textLimits.serviceDayVenue),
    windows: longWindow ? servicedaysText.windowTooLong(textLimits.windowName) : undefined,
  };
}
