import { requestSchemas, type ActionName, type Envelope, type FunctionName } from '../contract';
import { DomainError } from '../domain/shared/DomainError';
import type { User } from '../domain/people/User';
import { isIn } from '../domain/people/audiences';
import { isRosterPersonId } from '../domain/people/rosterPersonId';
import { getDatabase, invoker } from './cloud';
import { COLLECTIONS } from './collections';
import type { ActionTable } from './defineAction';
import { isTimerRun, runTimer, type InvocationContext, type TimerHandler } from './timerTrigger';
import { errorToEnvelope, failure } from './toEnvelope';
import { findById } from './findById';
import { editFingerprint as editFingerprintOf } from './editFingerprint';
import { opFingerprint } from './opFingerprint';
import { validateInput } from './validateInput';

export type { InvocationContext, TimerEvent, TimerHandler } from './timerTrigger';

/** A function's `main`, carrying its action table so who may call what can be listed (docs/permissions.md). */
export type CloudFunctionMain<F extends FunctionName> = ((event: unknown, context?: InvocationContext) => Promise<Envelope<unknown>>) & {
  readonly actions: ActionTable<F>;
  readonly timers: readonly string[];
};

function readAction(event: unknown): { action: string; payload: unknown } | null {
  if (typeof event !== 'object' || event === null) return null;
  const { action, payload } = event as Record<string, unknown>;
  return typeof action === 'string' ? { action, payload } : null;
}

function isKnownAction<F extends FunctionName>(table: ActionTable<F>, action: string): action is ActionName<F> {
  return Object.prototype.hasOwnProperty.call(table, action);
}

/**
 * Builds a cloud function's `main`: one function per area of the domain,
 * dispatching on a typed `action`. Order matters: nothing touches the
 * database until the caller has an identity and the input is valid.
 */
export function defineCloudFunction<F extends FunctionName>(
  fn: F,
  table: ActionTable<F>,
  timers: Record<string, TimerHandler> = {},
): CloudFunctionMain<F> {
  async function main(event: unknown, context: InvocationContext = {}): Promise<Envelope<unknown>> {
    const who = invoker();
    if (isTimerRun(who)) return runTimer(fn, timers, who, event, context);
    // Everything else acts for a WeChat user. An imported person's id
    // (roster-<phone>) is nobody's OPENID: they have no account to act from.
    const { openid } = who;
    if (openid === '' || isRosterPersonId(openid)) return failure(new DomainError('UNAUTHENTICATED'));
    const request = readAction(event);
    if (!request || !isKnownAction(table, request.action)) return failure(new DomainError('UNKNOWN_ACTION'));
    const actionName = request.action;
    try {
      const schemas = requestSchemas[fn] as Record<string, Parameters<typeof validateInput>[0]>;
      const input = validateInput(schemas[actionName], request.payload);
      const db = getDatabase();
      const definition = table[actionName];
      // The caller's record is keyed by their OPENID, so the digest names the caller as `caller._id` would.
      const fingerprint = () => opFingerprint(openid, fn, actionName, input);
      const editFingerprint = () => editFingerprintOf(fn, actionName, input);
      if ('readsCaller' in definition) {
        return { ok: true, data: await definition.run(input, { openid, db, now: new Date(), fingerprint, editFingerprint }) };
      }
      const caller = await findById<User>(db, COLLECTIONS.users, openid);
      const context = { openid, caller, db, now: new Date(), fingerprint, editFingerprint };
      if (definition.access === 'visitor') {
        return { ok: true, data: await definition.run(input, context) };
      }
      if (!caller) throw new DomainError('NOT_REGISTERED');
      if (!isIn(caller, definition.access)) throw new DomainError('FORBIDDEN');
      return { ok: true, data: await definition.run(input, { ...context, caller }) };
    } catch (error) {
      return errorToEnvelope(error, `${fn}.${actionName}`);
    }
  }
  return Object.assign(main, { actions: table, timers: Object.keys(timers) });
}
