import type { User } from '../../../domain/people/User';
import type { Message } from '../../../domain/messages/Message';
import type { Database } from '../../../shared/cloud';
import { COLLECTIONS } from '../../../shared/collections';
import { readDocs } from '../../../shared/readDocs';

/** Staff whose jurisdiction contains the message's village (hand-over candidates), one indexed read. */
export async function staffOverMessage(db: Database, message: Pick<Message, 'placeIds'>): Promise<User[]> {
  const _ = db.command;
  const people = await readDocs<User>(
    db
      .collection(COLLECTIONS.users)
      .where({ staffScopeId: _.in(message.placeIds), roles: 'staff' })
      .limit(100),
  );
  return people;
}
