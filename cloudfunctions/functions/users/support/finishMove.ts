import type { User } from '../../../domain/people/User';
import type { Database } from '../../../shared/cloud';
import { type Moved, repointPerson } from './repointPerson';
import { clearMovingFrom } from './store';

const NOTHING: Moved = { requests: 0, messages: 0 };

/**
 * Moves what the imported person `account` became still holds (see
 * takeOverRosterPerson), then clears the mark. Nothing to do, and no
 * database action, for an account that is not moving.
 */
export async function finishMove(db: Database, account: Pick<User, '_id' | 'movingFrom'> | null, now: Date): Promise<Moved> {
  if (!account?.movingFrom) return NOTHING;
  const moved = await repointPerson(db, account.movingFrom, account._id, now);
  await clearMovingFrom(db, account._id);
  return moved;
}
