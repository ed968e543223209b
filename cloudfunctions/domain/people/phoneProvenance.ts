import { isRosterPersonId } from './rosterPersonId';
import type { User } from './User';

/** What a person record from before verified phones becomes. */
export type PhoneVerdict =
  /** The number stays the verified one (it came from 绑定手机号 or the roster); no typed number yet. */
  | { kind: 'verified' }
  /** The number may have been typed: it becomes contact information only. */
  | { kind: 'typed'; contactPhone: string };

/**
 * Records from before `contactPhone` existed kept every number in `phone`.
 * Only two writers put a number there: 绑定手机号 (WeChat verified it) and
 * the roster import (the administrators) — and approving a party-member
 * report, which copied the number the person had typed onto an account that
 * had none. Nothing recorded which writer it was, so a number equal to the
 * person's approved report is taken as typed (whoever bound it with WeChat
 * binds it again with one tap); every other number stays verified.
 */
export function phoneVerdict(person: Pick<User, '_id' | 'phone'>, approvedReportPhone: string | null): PhoneVerdict {
  if (!person.phone || isRosterPersonId(person._id)) return { kind: 'verified' };
  if (approvedReportPhone !== null && approvedReportPhone === person.phone) return { kind: 'typed', contactPhone: person.phone };
  return { kind: 'verified' };
}
