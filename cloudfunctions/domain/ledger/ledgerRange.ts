import { addDays, daysBetween, instantAt, type LocalDate } from '../servicedays/chinaCalendar';
import { DomainError } from '../shared/DomainError';

/** One export covers at most a year, so it fits the function's time limit for a county. */
export const MAX_LEDGER_DAYS = 366;

export interface LedgerRange {
  from: LocalDate;
  to: LocalDate;
  /** China midnight starting `from`. */
  start: Date;
  /** China midnight after `to` (exclusive). */
  end: Date;
}

/** The instants a range of China days covers, both days included. */
export function ledgerRange(from: LocalDate, to: LocalDate): LedgerRange {
  const days = daysBetween(from, to) + 1;
  if (days < 1) throw new DomainError('RANGE_REVERSED');
  if (days > MAX_LEDGER_DAYS) throw new DomainError('RANGE_TOO_LONG');
  return { from, to, start: instantAt(from, '00:00'), end: instantAt(addDays(to, 1), '00:00') };
}
