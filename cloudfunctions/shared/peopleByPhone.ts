import type { User } from '../domain/people/User';
import type { Database } from './cloud';
import { COLLECTIONS } from './collections';
import { readDocs } from './readDocs';

/** How many phones one `in` query asks about. */
const PHONES_PER_READ = 100;

/** The people already known by these phone numbers (the roster import's, an administrator's search, binding a phone). */
export async function peopleByPhone(db: Database, phones: string[]): Promise<User[]> {
  const _ = db.command;
  const unique = [...new Set(phones.filter(Boolean))];
  const reads: Array<Promise<User[]>> = [];
  for (let start = 0; start < unique.length; start += PHONES_PER_READ) {
    const chunk = unique.slice(start, start + PHONES_PER_READ);
    reads.push(
      readDocs<User>(
        db
          .collection(COLLECTIONS.users)
          .where({ phone: _.in(chunk) })
          .limit(1000),
      ),
    );
  }
  return (await Promise.all(reads)).flat();
}
