import type { ActionEvent, ActionName, Envelope, FunctionName, RequestOf, ResponseOf } from '@contract';
import { zh } from '@/text/zh';
import { CloudError } from './errors';
import { transport, TransportError } from './transport';

/**
 * Actions that are retried once when the network fails, because repeating
 * them cannot do anything twice: they only read, or they carry a key the
 * server recognises (every request step and filing has one).
 */
const RETRY_SAFE: { [F in FunctionName]: readonly ActionName<F>[] } = {
  users: ['me'],
  grids: ['listGrids', 'contactCard'],
  requests: [
    'formOptions', 'similar', 'mine', 'detail', 'inbox', 'submit', 'fileOnBehalf', 'follow', 'unfollow',
    'accept', 'addNote', 'resolve', 'escalate', 'suspend', 'resume', 'reject', 'rate', 'notSolved', 'recategorize',
  ],
  servicedays: ['listServiceDays', 'dayList', 'browse', 'getSession', 'myBookings', 'book', 'addWalkIn'],
  posts: [
    'overview',
    'registrationForm',
    'registrations',
    'staffPosts',
    'browsePosts',
    'myRecord',
    'verificationQueue',
    'board',
    'serviceTotals',
    'postHistory',
    'starCandidates',
  ],
  // Issue 6, console: every write of these carries a key (or is idempotent: open, toRequest, publish).
  messages: ['leave', 'answer', 'mine', 'detail', 'staffList', 'open', 'reply', 'handOver', 'toRequest', 'publish', 'board'],
  dashboard: ['overview', 'remind'],
  // A ledger export only reads; a repeat writes one more file and nothing else.
  ledger: ['ledgerPlaces', 'exportLedger'],
  // Reads, and setting a name, a limit, the calendar, a scope or a duty to the same value twice, are harmless; adding a place is not.
  admin: ['placeChildren', 'placePeople', 'findPerson', 'workCalendar', 'renamePlace', 'setCategoryLimit', 'setHolidays', 'setStaffScope', 'setGridDuty'],
  // 民情走访: reads, and writes that carry a key (a record's id derives from it, or the key is in its log); the rules are set whole.
  visits: [
    'visitOptions', 'households', 'myHouseholds', 'household', 'myHousehold', 'saveHousehold', 'gridResidents', 'cadreCandidates',
    'gridAssignments', 'assignCadre', 'endAssignment', 'recordVisit', 'visitDetail', 'diary', 'reportProblem', 'markCallback',
    'recordCallback', 'myProgress', 'progress', 'needsVisit', 'remind', 'visitRules', 'saveVisitRules',
  ],
};

function isRetrySafe<F extends FunctionName>(fn: F, action: ActionName<F>): boolean {
  return (RETRY_SAFE[fn] as readonly string[]).includes(action);
}

/**
 * Calls one action of one cloud function and returns its data.
 * Throws CloudError: the server's code and Chinese message when the envelope
 * says `ok: false`; code 'NETWORK' when the call got no answer.
 */
export async function callCloud<F extends FunctionName, A extends ActionName<F>>(
  fn: F,
  action: A,
  payload: RequestOf<F, A>,
): Promise<ResponseOf<F, A>> {
  const event: ActionEvent<A, RequestOf<F, A>> = { action, payload };
  const attempts = isRetrySafe(fn, action) ? 2 : 1;
  let result: unknown;
  for (let attempt = 1; ; attempt += 1) {
    try {
      result = await transport(fn, event);
      break;
    } catch (err) {
      if (!(err instanceof TransportError)) throw err;
      if (attempt >= attempts) throw new CloudError('NETWORK', zh.common.networkError);
    }
  }
  return unwrap<ResponseOf<F, A>>(result);
}

/** Opens an envelope; anything that is not one is the server misbehaving. */
export function unwrap<T>(result: unknown): T {
  if (!isEnvelope(result)) {
    throw new CloudError('INTERNAL', zh.common.unknownError);
  }
  if (result.ok) return result.data as T;
  return throwFailure(result);
}

function throwFailure(result: Extract<Envelope<unknown>, { ok: false }>): never {
  const message = typeof result.message === 'string' && result.message !== '' ? result.message : zh.common.unknownError;
  throw new CloudError(
    result.code,
    message,
    Array.isArray(result.fields) ? result.fields : undefined,
    Array.isArray(result.details) ? result.details.filter((line): line is string => typeof line === 'string') : undefined,
  );
}

function isEnvelope(value: unknown): value is Envelope<unknown> {
  if (!value || typeof value !== 'object') return false;
  const v = value as { ok?: unknown; code?: unknown };
  if (v.ok === true) return 'data' in v;
  return v.ok === false && typeof v.code === 'string';
}
