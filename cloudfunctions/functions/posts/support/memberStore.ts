import type { PlaceChain } from '../../../domain/jurisdiction/placeChain';
import type { User } from '../../../domain/people/User';
import type { Branch } from '../../../domain/posts/Branch';
import type { PartyMember } from '../../../domain/posts/PartyMember';
import { withoutPartyRole, type MembershipEnding } from '../../../domain/posts/endMembership';
import type { StarScore } from '../../../domain/posts/StarScore';
import { addOnce } from '../../../shared/addOnce';
import { aggregateAll } from '../../../shared/aggregateAll';
import type { Database } from '../../../shared/cloud';
import { COLLECTIONS } from '../../../shared/collections';
import { countOf, updatedCount } from '../../../shared/dbResults';
import { readDocs } from '../../../shared/readDocs';
import { runTransaction } from '../../../shared/transaction';

/** The posts function's reads and writes of registrations (在职党员报到) and five-star scores, named by what they are for. */

/** The branches set up at the county, township or village of a place chain. */
export function branchesOverChain(db: Database, chain: Pick<PlaceChain, 'county' | 'township' | 'village'>): Promise<Branch[]> {
  const _ = db.command;
  return readDocs<Branch>(
    db
      .collection(COLLECTIONS.branches)
      .where({ nodeId: _.in([chain.county._id, chain.township._id, chain.village._id]) })
      .limit(1000),
  );
}

/**
 * Saves a registration: a first one by its key, a correction only over the
 * state just read (a decision made meanwhile is not overwritten). False when
 * someone else wrote it first.
 */
export async function saveRegistration(db: Database, record: PartyMember, existing: PartyMember | null): Promise<boolean> {
  if (!existing) return addOnce(db, COLLECTIONS.partyMembers, record);
  const { _id, ...fields } = record;
  return (
    (await updatedCount(db.collection(COLLECTIONS.partyMembers).where({ _id, status: existing.status }).update({ data: fields }))) === 1
  );
}

/**
 * Decides a pending registration. Approval makes the person a party member:
 * the registration and the role on their user change in one transaction, so
 * neither is ever seen without the other. False when it was no longer pending.
 */
export function decidePendingRegistration(db: Database, member: PartyMember, patch: Partial<PartyMember>): Promise<boolean> {
  return runTransaction(db, async (transaction) => {
    const registrations = transaction.collection(COLLECTIONS.partyMembers);
    const current = (await registrations.doc(member._id).get()).data as PartyMember;
    if (current.status !== 'pending') return false;
    await registrations.doc(member._id).update({ data: patch });
    if (patch.status !== 'approved') return true;
    const users = transaction.collection(COLLECTIONS.users);
    const user = (await users.doc(member._id).get()).data as User;
    await users.doc(member._id).update({
      data: {
        roles: [...new Set([...user.roles, 'partyMember' as const])],
        // A resident without a name yet is called what they reported. The
        // number they reported is never copied: only WeChat verifies a phone
        // onto an account (绑定手机号), and a typed one would make anyone the
        // owner of requests filed for that number.
        ...(user.name ? {} : { name: member.name }),
        // Roles show on screens: a screen opened before the approval is CONFLICT.
        version: db.command.inc(1),
      },
    });
    return true;
  });
}

/**
 * Ends an approved membership (撤销报到): the registration and the role on
 * the user change in one transaction, as approval made them, so neither is
 * seen without the other. False when it was no longer approved. Ended
 * first, its claims are released after: a claim landing meanwhile sees the
 * member gone and withdraws itself (posts.claimPost).
 */
export function endApprovedMembership(db: Database, member: PartyMember, patch: MembershipEnding): Promise<boolean> {
  return runTransaction(db, async (transaction) => {
    const registrations = transaction.collection(COLLECTIONS.partyMembers);
    const current = (await registrations.doc(member._id).get()).data as PartyMember;
    if (current.status !== 'approved') return false;
    const _ = db.command;
    await registrations.doc(member._id).update({ data: { status: patch.status, ended: _.set(patch.ended) } });
    const users = transaction.collection(COLLECTIONS.users);
    const user = (await users.doc(member._id).get()).data as User;
    await users.doc(member._id).update({ data: { roles: withoutPartyRole(user.roles), version: _.inc(1) } });
    return true;
  });
}

/** Registrations of a jurisdiction with one status, newest first. */
export function registrationsOf(db: Database, scopeId: string, status: PartyMember['status']): Promise<PartyMember[]> {
  return readDocs<PartyMember>(
    db.collection(COLLECTIONS.partyMembers).where({ placeIds: scopeId, status }).orderBy('submittedAt', 'desc').limit(200),
  );
}

/** Registrations waiting under a staff scope (those of the scope node itself, a grid, excepted as before). */
export function countPendingRegistrations(db: Database, scopeId: string): Promise<number> {
  const _ = db.command;
  return countOf(db.collection(COLLECTIONS.partyMembers).where({ placeIds: scopeId, gridId: _.neq(scopeId), status: 'pending' }));
}

/** Approved members matching any of `reach`, at most `limit`. */
export function approvedMembersIn(db: Database, reach: Array<Record<string, unknown>>, limit: number): Promise<PartyMember[]> {
  const _ = db.command;
  return readDocs<PartyMember>(
    db
      .collection(COLLECTIONS.partyMembers)
      .where(_.and([{ status: 'approved' }, _.or(reach)]))
      .limit(limit),
  );
}

export interface MemberPageCursor {
  name: string;
  id: string;
}

/** A page of a place's approved members by name (then id), from where the last one ended: never `skip`. */
export function approvedMembersPage(
  db: Database,
  placeId: string,
  after: MemberPageCursor | undefined,
  size: number,
): Promise<PartyMember[]> {
  const _ = db.command;
  const inScope = { placeIds: placeId, status: 'approved' };
  const from = after ? _.and([inScope, _.or([{ name: _.gt(after.name) }, { name: after.name, _id: _.gt(after.id) }])]) : inScope;
  return readDocs<PartyMember>(
    db.collection(COLLECTIONS.partyMembers).where(from).orderBy('name', 'asc').orderBy('_id', 'asc').limit(size),
  );
}

export function countApprovedMembers(db: Database, placeId: string): Promise<number> {
  return countOf(db.collection(COLLECTIONS.partyMembers).where({ placeIds: placeId, status: 'approved' }));
}

/** How many approved members of a place each branch has. */
export function approvedMembersPerBranch(db: Database, placeId: string): Promise<Array<{ _id: string; members: number }>> {
  const $ = db.command.aggregate;
  return aggregateAll<{ _id: string; members: number }>(() =>
    db
      .collection(COLLECTIONS.partyMembers)
      .aggregate()
      .match({ placeIds: placeId, status: 'approved' })
      .group({ _id: '$branchId', members: $.sum(1) }),
  );
}

/** The scores a rater gave in a year. */
export function scoresGivenBy(db: Database, raterId: string, year: number): Promise<StarScore[]> {
  return readDocs<StarScore>(db.collection(COLLECTIONS.starScores).where({ year, raterId }).limit(1000));
}

/** Records a rater's scores, once per year, member and rater (the key); false when they already scored. */
export function addStarScore(db: Database, score: StarScore): Promise<boolean> {
  return addOnce(db, COLLECTIONS.starScores, score);
}
