import { nextPersonVersion } from '../../../domain/people/personVersion';
import { phoneLinkPlan } from '../../../domain/people/phoneLinkPlan';
import { rosterPersonId } from '../../../domain/people/rosterPersonId';
import type { User } from '../../../domain/people/User';
import { DomainError } from '../../../domain/shared/DomainError';
import type { Database } from '../../../shared/cloud';
import { COLLECTIONS } from '../../../shared/collections';
import { removedCount } from '../../../shared/dbResults';
import { runTransaction } from '../../../shared/transaction';
import { accountAndPhoneHolders } from './store';

export type PhoneBinding =
  /** The account as stored now (`movingFrom` set when it took over `imported`), and as it was before. */
  | { kind: 'bound'; before: User | null; after: User; imported: User | null }
  /** The imported person appeared after this transaction's snapshot: try again. */
  | { kind: 'again' };

/**
 * 绑定手机号's one transaction (see phoneLinkPlan), in five database actions:
 * start; remove the imported record `roster-<phone>` (the first operation
 * fixes the snapshot and locks that record until the end, so nobody changes
 * or takes it meanwhile); read the account and everyone known by the phone
 * in one query, outside the transaction but after its first operation, so as
 * fresh as its snapshot; write the account (merged with the imported person
 * and marked as still moving from them, or just given the number); commit.
 * Any change to the account after the snapshot fails the write and the whole
 * transaction runs again; a refusal (PHONE_TAKEN, NOT_ON_ROSTER) is thrown
 * inside it, which rolls the removal back, so nothing is written.
 */
export function bindPhoneTransaction(db: Database, openid: string, phone: string, now: Date): Promise<PhoneBinding> {
  const importedId = rosterPersonId(phone);
  return runTransaction(db, async (tx) => {
    const users = tx.collection(COLLECTIONS.users);
    const deleted = await removedCount(users.doc(importedId).remove());
    const found = await accountAndPhoneHolders(db, openid, phone);
    const before = found.find((person) => person._id === openid) ?? null;
    const plan = phoneLinkPlan(
      openid,
      before,
      phone,
      found.filter((person) => person.phone === phone),
      now,
    );
    // roster-<phone> was there at the snapshot, yet is not whom the plan takes over (ids come from the phone): write nothing.
    if (deleted > 0 && plan.imported?._id !== importedId) throw new DomainError('CONFLICT');
    if (plan.imported && deleted === 0) {
      // Imported after the snapshot: plan again on a fresh one.
      if (plan.imported._id === importedId) return { kind: 'again' as const };
      await users.doc(plan.imported._id).remove();
    }
    const { _id, ...fields } = plan.after;
    if (plan.imported) {
      await users.doc(_id).set({ data: { ...fields, movingFrom: plan.imported._id } });
      return { kind: 'bound' as const, before, after: { ...plan.after, movingFrom: plan.imported._id }, imported: plan.imported };
    }
    // Also marks a record from before verified phones as migrated: this number is WeChat's (see migrations).
    if (before?.phone !== phone || before.contactPhone === undefined) {
      // A new number is a change screens show: the person's next version with it (as the plan has it).
      const version = before?.phone === phone ? {} : { version: nextPersonVersion(before) };
      await users.doc(_id).update({ data: { phone, contactPhone: before?.contactPhone ?? null, ...version } });
    }
    return { kind: 'bound' as const, before, after: plan.after, imported: null };
  });
}
