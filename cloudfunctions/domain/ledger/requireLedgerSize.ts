import { DomainError } from '../shared/DomainError';

/**
 * The most requests one export holds: measured on the local
 * runtime (see README), well inside the function's 60 s. A larger ledger is
 * exported by shorter periods or by the places below.
 */
export const MAX_LEDGER_REQUESTS = 10_000;

export function requireLedgerSize(requestCount: number): void {
  if (requestCount > MAX_LEDGER_REQUESTS) throw new DomainError('LEDGER_TOO_LARGE');
}

/** The most visits one export holds (a township's year is a few thousand); larger: shorter periods or the places below. */
export const MAX_LEDGER_VISITS = 10_000;

export function requireVisitLedgerSize(visitCount: number): void {
  if (visitCount > MAX_LEDGER_VISITS) {
    throw new DomainError('LEDGER_TOO_LARGE', '这段时间的走访记录太多，一个文件放不下；请缩短时间段，或选择下一级地方分别导出');
  }
}

/** The most 代办件 one export holds (counted once if opened and returned in the range, twice here: a bound, not a figure). */
export const MAX_LEDGER_PROXY_CASES = 10_000;

export function requireProxyLedgerSize(caseCount: number): void {
  if (caseCount > MAX_LEDGER_PROXY_CASES) {
    throw new DomainError('LEDGER_TOO_LARGE', '这段时间的代办件太多，一个文件放不下；请缩短时间段，或选择下一级地方分别导出');
  }
}
