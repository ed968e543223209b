import { phoneLinkPlan } from '../../../domain/people/phoneLinkPlan';
import type { User } from '../../../domain/people/User';
import type { ResidentRequest } from '../../../domain/requests/ResidentRequest';
import type { Database } from '../../../shared/cloud';
import { COLLECTIONS } from '../../../shared/collections';
import { readDocs } from '../../../shared/readDocs';
import { getInTransaction, getInTransactionOrNull, runTransaction } from '../../../shared/transaction';
import { repointUpdate } from './repointPerson';

/**
 * Open requests moved inside the transaction (two operations each, after
 * four for the people: 94 at most); any beyond are moved right after it
 * (repointPerson).
 */
const OPEN_IN_TRANSACTION = 45;

export interface TakeOver {
  after: User;
  movedRequests: number;
}

/**
 * The account `openid` becomes the imported person `importedId` in one
 * transaction: the account's record merged from both as read inside it
 * (an import or another step meanwhile is not lost), the imported record
 * removed, and the requests waiting for the imported person handed to the
 * account, so there is never a moment (nor a crash) where work is routed to
 * somebody who no longer exists. Null when the imported record is gone
 * meanwhile (someone else took it over): plan again.
 */
export async function takeOverRosterPerson(db: Database, openid: string, phone: string, importedId: string, now: Date): Promise<TakeOver | null> {
  const waiting = await readDocs<Pick<ResidentRequest, '_id'>>(
    db.collection(COLLECTIONS.requests).where({ openHandlerId: importedId }).field({ _id: true }).limit(OPEN_IN_TRANSACTION),
  );
  return runTransaction(db, async (tx) => {
    const imported = await getInTransactionOrNull<User>(tx, COLLECTIONS.users, importedId);
    const account = await getInTransactionOrNull<User>(tx, COLLECTIONS.users, openid);
    if (!imported || imported.phone !== phone) return null;
    const { after } = phoneLinkPlan(openid, account, phone, [imported], now);
    const { _id, ...fields } = after;
    await tx.collection(COLLECTIONS.users).doc(_id).set({ data: fields });
    await tx.collection(COLLECTIONS.users).doc(importedId).remove();
    let movedRequests = 0;
    for (const { _id: requestId } of waiting) {
      const request = await getInTransaction<ResidentRequest>(tx, COLLECTIONS.requests, requestId);
      const data = repointUpdate(request, importedId, openid, now);
      if (!data) continue;
      await tx.collection(COLLECTIONS.requests).doc(requestId).update({ data: { ...data, version: request.version + 1 } });
      movedRequests += 1;
    }
    return { after, movedRequests };
  });
}
