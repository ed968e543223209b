import { WEEKENDS_ONLY, type WorkCalendar } from '../domain/calendar/workCalendar';
import type { Database } from './cloud';
import { COLLECTIONS } from './collections';

/**
 * The work calendar (holidays and make-up working days) is one settings
 * document, read by the requests function (deadlines), edited and shown by
 * the admin function: the store both use.
 */
export const WORK_CALENDAR_ID = 'workCalendar';

/** The stored holiday list, defensively: a malformed settings document means weekends only. */
export function toCalendar(doc: Partial<WorkCalendar> | undefined): WorkCalendar {
  const dates = (value: unknown) => (Array.isArray(value) ? value.filter((d): d is string => typeof d === 'string') : []);
  return doc ? { holidays: dates(doc.holidays), workdays: dates(doc.workdays) } : WEEKENDS_ONLY;
}

/** The work calendar alone (for steps that move a deadline without routing). */
export async function loadCalendar(db: Database): Promise<WorkCalendar> {
  const result = (await db.collection(COLLECTIONS.settings).where({ _id: WORK_CALENDAR_ID }).limit(1).get()) as {
    data: Array<Partial<WorkCalendar>>;
  };
  return toCalendar(result.data[0]);
}
