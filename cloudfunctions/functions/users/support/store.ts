import type { ElderModeSave, User } from '../../../domain/people/User';
import type { Database } from '../../../shared/cloud';
import { COLLECTIONS } from '../../../shared/collections';
import { conditionalUpdate } from '../../../shared/conditionalUpdate';
import { readDocs } from '../../../shared/readDocs';

/**
 * The users function's reads and writes of people's records, named by what
 * they are for: action files call these, never the database. (Binding a
 * phone's transaction and moving what an imported person held are in
 * bindPhoneTransaction and repointPerson.)
 */

/** A first-time visitor's record, under their OPENID. */
export async function addPerson(db: Database, person: User): Promise<void> {
  const { _id, ...fields } = person;
  await db.collection(COLLECTIONS.users).doc(_id).set({ data: fields });
}

/** Where a registered person lives: a change administrators' screens show (the person's version moves on). */
export async function setHomeGrid(db: Database, personId: string, gridId: string): Promise<void> {
  await db
    .collection(COLLECTIONS.users)
    .doc(personId)
    .update({ data: { homeGridId: gridId, version: db.command.inc(1) } });
}

/**
 * 长辈模式 on or off, and when (devices order the answers they get by it),
 * unless what is stored is a later tap from the same phone: one atomic
 * step, so of two calls that cross the older tap never lands last. Taps on
 * two phones have no order but their arrival. False: not applied.
 */
export function setElderMode(
  db: Database,
  personId: string,
  change: { elderMode: boolean; save: ElderModeSave; at: Date },
): Promise<boolean> {
  const _ = db.command;
  const notOlder = _.or([{ 'elderModeSave.device': _.neq(change.save.device) }, { 'elderModeSave.seq': _.lt(change.save.seq) }]);
  return conditionalUpdate(db.collection(COLLECTIONS.users).where(_.and([{ _id: personId }, notOlder])), {
    elderMode: change.elderMode,
    elderModeSetAt: change.at,
    elderModeSave: change.save,
  });
}

/** The take-over's move is done: the account no longer moves from the imported person (see finishMove). */
export async function clearMovingFrom(db: Database, personId: string): Promise<void> {
  await db
    .collection(COLLECTIONS.users)
    .doc(personId)
    .update({ data: { movingFrom: db.command.remove() } });
}

/** The caller's own record and everyone known by `phone`, in one read (both fields are indexed). */
export function accountAndPhoneHolders(db: Database, openid: string, phone: string): Promise<User[]> {
  const _ = db.command;
  return readDocs<User>(
    db
      .collection(COLLECTIONS.users)
      .where(_.or([{ _id: openid }, { phone }]))
      .limit(100),
  );
}
