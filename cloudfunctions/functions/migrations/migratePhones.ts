import type { User } from '../../domain/people/User';
import { phoneVerdict } from '../../domain/people/phoneProvenance';
import type { PartyMember } from '../../domain/posts/PartyMember';
import { getDatabase } from '../../shared/cloud';
import { COLLECTIONS } from '../../shared/collections';
import { conditionalUpdate } from '../../shared/conditionalUpdate';
import { readDocs } from '../../shared/readDocs';

export interface PhoneMigration {
  /** Records looked at this run. */
  checked: number;
  /** Numbers kept as verified (from 绑定手机号 or the roster). */
  verified: number;
  /** Numbers that may have been typed, moved to contact information. */
  movedToContact: number;
  /** Nothing left to migrate: the function may be deleted. */
  done: boolean;
}

const PAGE = 100;
/** Stop well inside the function's 60 s so a large user base is finished by the next runs. */
const BUDGET_MS = 40_000;

/**
 * Marks the phones of person records from before verified phones (they have
 * no `contactPhone` field): verified, or moved to contact information (see
 * phoneVerdict). Every write is conditional on the record still being
 * unmigrated, so a person filing or binding meanwhile is never overwritten,
 * and running it again changes nothing.
 */
export async function migratePhones(): Promise<PhoneMigration> {
  const db = getDatabase();
  const _ = db.command;
  const users = db.collection(COLLECTIONS.users);
  const started = Date.now();
  const result: PhoneMigration = { checked: 0, verified: 0, movedToContact: 0, done: false };
  while (Date.now() - started < BUDGET_MS) {
    const page = await readDocs<Pick<User, '_id' | 'phone'>>(
      users
        .where({ contactPhone: _.exists(false) })
        .field({ phone: true })
        .limit(PAGE),
    );
    if (page.length === 0) {
      result.done = true;
      break;
    }
    const withPhone = page.filter((person) => person.phone);
    const reports = withPhone.length
      ? await readDocs<Pick<PartyMember, '_id' | 'phone'>>(
          db
            .collection(COLLECTIONS.partyMembers)
            .where({ _id: _.in(withPhone.map((person) => person._id)), status: 'approved' })
            .field({ phone: true })
            .limit(PAGE),
        )
      : [];
    const reported = new Map(reports.map((report) => [report._id, report.phone]));
    const keep: string[] = [];
    for (const person of page) {
      const verdict = phoneVerdict(person, reported.get(person._id) ?? null);
      if (verdict.kind === 'verified') {
        keep.push(person._id);
        if (person.phone) result.verified += 1;
        continue;
      }
      const unmigrated = users.where({ _id: person._id, phone: person.phone, contactPhone: _.exists(false) });
      // The number shows on screens: the person's version moves on with it.
      const moved = { phone: '', contactPhone: verdict.contactPhone, version: _.inc(1) };
      if (await conditionalUpdate(unmigrated, moved)) result.movedToContact += 1;
    }
    if (keep.length) await users.where({ _id: _.in(keep), contactPhone: _.exists(false) }).update({ data: { contactPhone: null } });
    result.checked += page.length;
  }
  return result;
}
