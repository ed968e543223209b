import { requestSchemas, type ActionName, type Envelope, type FunctionName } from '../contract';
import { DomainError } from '../domain/shared/DomainError';
import type { User } from '../domain/people/User';
import { hasAnyRole } from '../domain/people/roles';
import { callerOpenId, getDatabase } from './cloud';
import { COLLECTIONS } from './collections';
import type { ActionTable } from './defineAction';
import { errorToEnvelope, failure } from './toEnvelope';
import { findById } from './findById';
import { validateInput } from './validateInput';

/** The event WeChat cloud delivers to a timer trigger. */
export interface TimerEvent {
  Type: 'Timer';
  TriggerName: string;
  Time: string;
}

/** What the platform (SCF) passes besides the event; timers read their time limit from it. */
export interface InvocationContext {
  /** The function's configured timeout (config.json `timeout`), in ms. */
  time_limit_in_ms?: number;
}

export type TimerHandler = (event: TimerEvent, context: InvocationContext) => Promise<unknown>;

function isTimerEvent(event: unknown): event is TimerEvent {
  if (typeof event !== 'object' || event === null) return false;
  const candidate = event as Record<string, unknown>;
  return candidate.Type === 'Timer' && typeof candidate.TriggerName === 'string';
}

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
): (event: unknown, context?: InvocationContext) => Promise<Envelope<unknown>> {
  return async function main(event: unknown, context: InvocationContext = {}): Promise<Envelope<unknown>> {
    const openid = callerOpenId();
    // Timer invocations carry no user; a client forging a timer event does.
    if (isTimerEvent(event) && openid === '') {
      const timer = timers[event.TriggerName];
      if (!timer) return failure(new DomainError('UNKNOWN_ACTION'));
      try {
        return { ok: true, data: await timer(event, context) };
      } catch (error) {
        return errorToEnvelope(error, `${fn}.timer.${event.TriggerName}`);
      }
    }
    if (openid === '') return failure(new DomainError('UNAUTHENTICATED'));
    const request = readAction(event);
    if (!request || !isKnownAction(table, request.action)) return failure(new DomainError('UNKNOWN_ACTION'));
    const actionName = request.action;
    try {
      const schemas = requestSchemas[fn] as Record<string, Parameters<typeof validateInput>[0]>;
      const input = validateInput(schemas[actionName], request.payload);
      const db = getDatabase();
      const caller = await findById<User>(db, COLLECTIONS.users, openid);
      const context = { openid, caller, db, now: new Date() };
      const definition = table[actionName];
      if (definition.access === 'visitor') {
        return { ok: true, data: await definition.run(input, context) };
      }
      if (!caller) throw new DomainError('NOT_REGISTERED');
      if (!hasAnyRole(caller, definition.access)) throw new DomainError('FORBIDDEN');
      return { ok: true, data: await definition.run(input, { ...context, caller }) };
    } catch (error) {
      return errorToEnvelope(error, `${fn}.${actionName}`);
    }
  };
}
