import type { InvocationContext } from './defineCloudFunction';

/** WeChat cloud's timeout when config.json sets none. */
const DEFAULT_TIME_LIMIT_MS = 3_000;
/** Share of the time limit spent on work; the rest finishes the step under way and saves where the run stopped. */
const WORK_SHARE = 0.75;

/**
 * The instant (ms since the epoch) after which a long timer run starts no
 * new step: three quarters of the function's time limit from `startedAt`.
 * The platform stops a function at its limit whatever it is doing, so a
 * run that stops on its own keeps its progress and the next run resumes.
 */
export function workDeadline(context: InvocationContext, startedAt: number = Date.now()): number {
  const limit = context.time_limit_in_ms;
  const ms = typeof limit === 'number' && Number.isFinite(limit) && limit > 0 ? limit : DEFAULT_TIME_LIMIT_MS;
  return startedAt + Math.floor(ms * WORK_SHARE);
}
