import type { User } from '../../../domain/people/User';
import type { Database } from '../../../shared/cloud';
import { COLLECTIONS } from '../../../shared/collections';

/**
 * The users function's writes to a person's own record, named by what they
 * are for: action files call these, never the database. (Taking over an
 * imported person and moving what they held are in takeOverRosterPerson and
 * repointPerson.)
 */

/** A first-time visitor's record, under their OPENID. */
export async function addPerson(db: Database, person: User): Promise<void> {
  const { _id, ...fields } = person;
  await db.collection(COLLECTIONS.users).doc(_id).set({ data: fields });
}

/** Where a registered person lives. */
export async function setHomeGrid(db: Database, personId: string, gridId: string): Promise<void> {
  await db
    .collection(COLLECTIONS.users)
    .doc(personId)
    .update({ data: { homeGridId: gridId } });
}

/** 长辈模式 on or off. */
export async function setElderMode(db: Database, personId: string, elderMode: boolean): Promise<void> {
  await db.collection(COLLECTIONS.users).doc(personId).update({ data: { elderMode } });
}

/**
 * The number WeChat verified for the account, keeping what they typed as
 * contact information (null: nothing typed; also marks a record from before
 * verified phones as migrated).
 */
export async function setVerifiedPhone(db: Database, personId: string, phone: string, contactPhone: string | null): Promise<void> {
  await db.collection(COLLECTIONS.users).doc(personId).update({ data: { phone, contactPhone } });
}

/** The take-over's move is done: the account no longer moves from the imported person (see finishMove). */
export async function clearMovingFrom(db: Database, personId: string): Promise<void> {
  await db
    .collection(COLLECTIONS.users)
    .doc(personId)
    .update({ data: { movingFrom: db.command.remove() } });
}
