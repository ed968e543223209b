import type { User } from '../../../domain/people/User';
import type { Database } from '../../../shared/cloud';
import { COLLECTIONS } from '../../../shared/collections';
import { type Moved, repointPerson } from './repointPerson';

const NOTHING: Moved = { requests: 0, messages: 0 };

/**
 * Moves what the imported person `account` became still holds (see
 * takeOverRosterPerson), then clears the mark. Nothing to do, and no
 * database action, for an account that is not moving.
 */
export async function finishMove(db: Database, account: Pick<User, '_id' | 'movingFrom'> | null, now: Date): Promise<Moved> {
  if (!account?.movingFrom) return NOTHING;
  const moved = await repointPerson(db, account.movingFrom, account._id, now);
  await db
    .collection(COLLECTIONS.users)
    .doc(account._id)
    .update({ data: { movingFrom: db.command.remove() } });
  return moved;
}
