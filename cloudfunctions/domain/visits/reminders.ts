import { DomainError } from '../shared/DomainError';
import type { Household, RecordLogEntry } from './Household';
import { refOf, type Person, type PersonRef } from './Person';

/** Staff remind a household's cadres once a day at most: more would be noise, not supervision. */
const REMIND_AGAIN_AFTER_MS = 20 * 3600_000;

/**
 * 提醒走访: a staff member reminds the cadres who look after a household that
 * it needs a visit. Logged on the household; the cadres get a subscribe
 * message.
 */
export function remindCaretakers(
  household: Pick<Household, 'log' | 'dueAt'>,
  input: { by: Person; caretakers: PersonRef[]; now: Date; opId: string },
): RecordLogEntry {
  if (!household.dueAt || household.dueAt.getTime() > input.now.getTime()) throw new DomainError('NOT_DUE');
  if (input.caretakers.length === 0) throw new DomainError('NO_CARETAKER');
  const last = [...household.log].reverse().find((entry) => entry.kind === 'reminded');
  if (last && input.now.getTime() - new Date(last.at).getTime() < REMIND_AGAIN_AFTER_MS) throw new DomainError('REMINDED_RECENTLY');
  const names = input.caretakers.map((p) => p.name).join('、');
  return { at: input.now, by: refOf(input.by), kind: 'reminded', what: `提醒${names}上门走访`, opId: input.opId };
}

/** The cadres a reminder's message did not reach (no reminders turned on): kept on the household for staff to phone them. */
export function unreachedEntry(input: { by: Person; unreached: PersonRef[]; now: Date; opId: string }): RecordLogEntry {
  const names = input.unreached.map((p) => p.name).join('、');
  return {
    at: input.now,
    by: refOf(input.by),
    kind: 'notReached',
    what: `提醒未送达：${names}没有开启微信提醒，请电话联系`,
    opId: `${input.opId}-unreached`,
  };
}
