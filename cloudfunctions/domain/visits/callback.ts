import { isRetryOf } from '../shared/clientKeys';
import { DomainError } from '../shared/DomainError';
import { refOf, type Person } from './Person';
import type { Visit, VisitCallback, VisitLogEntry } from './Visit';
import type { CallbackVerdict } from './vocabulary';

/**
 * 回访: a supervisor checks a visit at the household (漠河: 调阅民情日记、实地入户回访).
 * Marking it and recording what the callback found are appended to the
 * visit's log; the outcome is recorded once.
 */
export interface VisitStep {
  set: Partial<Pick<Visit, 'callback' | 'callbackOwner' | 'problems'>>;
  log: VisitLogEntry[];
}

export function markCallback(visit: Visit, input: { by: Person; reason: string; now: Date; opId: string }): VisitStep {
  if (visit.callback && !visit.callback.outcome) throw new DomainError('CALLBACK_PENDING');
  if (visit.callback?.outcome) throw new DomainError('CALLBACK_DONE');
  const callback: VisitCallback = { markedBy: refOf(input.by), markedAt: input.now, reason: input.reason, outcome: null };
  return {
    set: { callback, callbackOwner: input.by._id },
    log: [{ at: input.now, by: refOf(input.by), kind: 'callbackMarked', what: `标记回访：${input.reason}`, opId: input.opId }],
  };
}

const VERDICT_WORDS: Record<CallbackVerdict, string> = { confirmed: '走访属实', partly: '部分属实', notConfirmed: '走访不属实' };

/** What the callback found; any supervisor over the visit may record it, once. */
export function recordCallbackOutcome(
  visit: Visit,
  input: { by: Person; verdict: CallbackVerdict; text: string; now: Date; opId: string },
): VisitStep {
  if (!visit.callback) throw new DomainError('CALLBACK_NOT_MARKED');
  if (visit.callback.outcome) throw new DomainError('CALLBACK_DONE');
  const outcome = { verdict: input.verdict, text: input.text, by: refOf(input.by), at: input.now };
  return {
    set: { callback: { ...visit.callback, outcome }, callbackOwner: null },
    log: [
      {
        at: input.now,
        by: refOf(input.by),
        kind: 'callbackDone',
        what: `回访结果：${VERDICT_WORDS[input.verdict]}。${input.text}`,
        opId: input.opId,
      },
    ],
  };
}

export function applyVisitStep(visit: Visit, step: VisitStep): Visit {
  return { ...visit, ...step.set, log: [...visit.log, ...step.log], version: visit.version + 1 };
}

/** Whether the step under `opId` is in the visit's log: its retry; the key of another request is KEY_REUSED. */
export function alreadyInVisitLog(visit: Pick<Visit, 'log'>, opId: string, fingerprint: string): boolean {
  return isRetryOf(visit.log, opId, fingerprint);
}
