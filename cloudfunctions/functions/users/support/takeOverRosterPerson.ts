import { phoneLinkPlan } from '../../../domain/people/phoneLinkPlan';
import type { User } from '../../../domain/people/User';
import type { Database } from '../../../shared/cloud';
import { COLLECTIONS } from '../../../shared/collections';
import { getInTransactionOrNull, runTransaction } from '../../../shared/transaction';

/**
 * The account `openid` becomes the imported person `importedId` in one
 * transaction: the account's record merged from both as read inside it
 * (an import or another step meanwhile is not lost) and marked as still
 * moving from the imported person, and the imported record removed. The
 * requests and messages follow right after (finishMove), however many there
 * are; a crash in between is finished by the next users.me or linkPhone, so
 * nothing stays with somebody who no longer exists. Null when the imported
 * record is gone meanwhile (someone else took it over): plan again.
 */
export async function takeOverRosterPerson(
  db: Database,
  openid: string,
  phone: string,
  importedId: string,
  now: Date,
): Promise<User | null> {
  return runTransaction(db, async (tx) => {
    const imported = await getInTransactionOrNull<User>(tx, COLLECTIONS.users, importedId);
    const account = await getInTransactionOrNull<User>(tx, COLLECTIONS.users, openid);
    if (!imported || imported.phone !== phone) return null;
    const { after } = phoneLinkPlan(openid, account, phone, [imported], now);
    const { _id, ...fields } = after;
    await tx
      .collection(COLLECTIONS.users)
      .doc(_id)
      .set({ data: { ...fields, movingFrom: importedId } });
    await tx.collection(COLLECTIONS.users).doc(importedId).remove();
    return after;
  });
}
