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
