import type { Envelope } from '../contract';
import { DomainError } from '../domain/shared/DomainError';
import type { Invoker } from './cloud';
import { errorToEnvelope, failure } from './toEnvelope';

/**
 * getWXContext().SOURCE of a run its own timer trigger started. A function
 * that another function called gets the caller's chain plus `,scf`, so only
 * the trigger itself matches exactly.
 */
export const TIMER_SOURCE = 'wx_trigger';

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

/** Whether this run was started by the platform's timer trigger (not by anyone sending a timer-shaped event). */
export function isTimerRun(invoker: Invoker): boolean {
  return invoker.source === TIMER_SOURCE;
}

/**
 * Runs the timer the platform fired. Only the platform's timer runs a
 * timer: WeChat marks that run SOURCE wx_trigger and gives it no user. What
 * the event looks like proves nothing: anyone can send {Type: 'Timer'}.
 */
export async function runTimer(
  fn: string,
  timers: Record<string, TimerHandler>,
  invoker: Invoker,
  event: unknown,
  context: InvocationContext = {},
): Promise<Envelope<unknown>> {
  if (!isTimerRun(invoker) || invoker.openid !== '' || !isTimerEvent(event)) return failure(new DomainError('FORBIDDEN'));
  const timer = Object.prototype.hasOwnProperty.call(timers, event.TriggerName) ? timers[event.TriggerName] : undefined;
  if (!timer) return failure(new DomainError('UNKNOWN_ACTION'));
  try {
    return { ok: true, data: await timer(event, context) };
  } catch (error) {
    return errorToEnvelope(error, `${fn}.timer.${event.TriggerName}`);
  }
}

/**
 * The `main` of a function that only its timer triggers run (no actions, no
 * users): a one-off job such as a data migration. Any other call is refused
 * before anything is read.
 */
export function defineTimerFunction(
  fn: string,
  timers: Record<string, TimerHandler>,
  who: () => Invoker,
): ((event: unknown, context?: InvocationContext) => Promise<Envelope<unknown>>) & {
  readonly actions: object;
  readonly timers: readonly string[];
} {
  async function main(event: unknown, context: InvocationContext = {}): Promise<Envelope<unknown>> {
    const invoker = who();
    if (!isTimerRun(invoker)) return failure(new DomainError(invoker.openid === '' ? 'UNAUTHENTICATED' : 'FORBIDDEN'));
    return runTimer(fn, timers, invoker, event, context);
  }
  return Object.assign(main, { actions: {}, timers: Object.keys(timers) });
}
