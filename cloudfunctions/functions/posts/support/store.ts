import type { JurisdictionNode } from '../../../domain/jurisdiction/JurisdictionNode';
import type { Branch } from '../../../domain/posts/Branch';
import type { Claim } from '../../../domain/posts/Claim';
import { claimIdOf } from '../../../domain/posts/Claim';
import type { PartyMember } from '../../../domain/posts/PartyMember';
import type { PostEvent } from '../../../domain/posts/PostEvent';
import type { ServicePost } from '../../../domain/posts/ServicePost';
import { aggregateAll } from '../../../shared/aggregateAll';
import { addOnce } from '../../../shared/addOnce';
import type { Database } from '../../../shared/cloud';
import { COLLECTIONS } from '../../../shared/collections';
import { aggregateList, updatedCount } from '../../../shared/dbResults';
import { findById } from '../../../shared/findById';
import { loadByIds, MAX_READ } from '../../../shared/loadByIds';
import { readDocs } from '../../../shared/readDocs';

/**
 * The posts function's reads and writes of members, posts and claims, named
 * by what they are for: action files call these, never the database.
 * Service logs are in `logStore.ts`, registrations and stars in
 * `memberStore.ts`, settings in `settingsCache.ts`.
 */

export function findMember(db: Database, memberId: string): Promise<PartyMember | null> {
  return findById<PartyMember>(db, COLLECTIONS.partyMembers, memberId);
}

export function findPost(db: Database, postId: string): Promise<ServicePost | null> {
  return findById<ServicePost>(db, COLLECTIONS.servicePosts, postId);
}

export function findNode(db: Database, nodeId: string): Promise<JurisdictionNode | null> {
  return findById<JurisdictionNode>(db, COLLECTIONS.nodes, nodeId);
}

export function loadNodes(db: Database, ids: Iterable<string>): Promise<Map<string, JurisdictionNode>> {
  return loadByIds<JurisdictionNode>(db, COLLECTIONS.nodes, ids);
}

export function loadBranches(db: Database, ids: Iterable<string>): Promise<Map<string, Branch>> {
  return loadByIds<Branch>(db, COLLECTIONS.branches, ids);
}

export function loadMembers(db: Database, ids: Iterable<string>): Promise<Map<string, PartyMember>> {
  return loadByIds<PartyMember>(db, COLLECTIONS.partyMembers, ids);
}

export function loadPosts(db: Database, ids: Iterable<string>): Promise<Map<string, ServicePost>> {
  return loadByIds<ServicePost>(db, COLLECTIONS.servicePosts, ids);
}

/** The branches whose secretary the person is. */
export function secretaryBranches(db: Database, openid: string): Promise<Branch[]> {
  return readDocs<Branch>(db.collection(COLLECTIONS.branches).where({ secretaryId: openid }).limit(100));
}

/** A member and what they do on one post: the post, their claim on it, its grid and their branch. */
export interface MemberOnPost {
  member: PartyMember | null;
  post: ServicePost | null;
  claim: Claim | null;
  grid: JurisdictionNode | null;
  branch: Branch | null;
}

interface MemberOnPostRow extends PartyMember {
  onPost: ServicePost[];
  claimed: Claim[];
  grid: JurisdictionNode[];
  branch: Branch[];
}

/**
 * One aggregate from the member's registration, joining by primary key the
 * post, the member's claim on it, the post's grid and the member's branch
 * (ids enter as literals, so an id can never be read as a field path).
 */
export async function loadMemberOnPost(db: Database, memberId: string, postId: string): Promise<MemberOnPost> {
  const $ = db.command.aggregate;
  const [row] = await aggregateList<MemberOnPostRow>(
    db
      .collection(COLLECTIONS.partyMembers)
      .aggregate()
      .match({ _id: memberId })
      .addFields({ postKey: $.literal(postId), claimKey: $.literal(claimIdOf(postId, memberId)) })
      .lookup({ from: COLLECTIONS.servicePosts, localField: 'postKey', foreignField: '_id', as: 'onPost' })
      .lookup({ from: COLLECTIONS.claims, localField: 'claimKey', foreignField: '_id', as: 'claimed' })
      .lookup({ from: COLLECTIONS.nodes, localField: 'onPost.gridId', foreignField: '_id', as: 'grid' })
      .lookup({ from: COLLECTIONS.branches, localField: 'branchId', foreignField: '_id', as: 'branch' })
      .project({ postKey: 0, claimKey: 0 })
      .limit(1),
  );
  if (!row) return { member: null, post: await findPost(db, postId), claim: null, grid: null, branch: null };
  const { onPost, claimed, grid, branch, ...member } = row;
  return { member, post: onPost[0] ?? null, claim: claimed[0] ?? null, grid: grid[0] ?? null, branch: branch[0] ?? null };
}

/** A member with their village and the village's grids (one aggregate; null when they never registered). */
export async function loadMemberWithVillage(
  db: Database,
  memberId: string,
): Promise<{ member: PartyMember; villageNodes: JurisdictionNode[] } | null> {
  const [row] = await aggregateList<PartyMember & { village: JurisdictionNode[]; villageGrids: JurisdictionNode[] }>(
    db
      .collection(COLLECTIONS.partyMembers)
      .aggregate()
      .match({ _id: memberId })
      .lookup({ from: COLLECTIONS.nodes, localField: 'villageId', foreignField: '_id', as: 'village' })
      .lookup({ from: COLLECTIONS.nodes, localField: 'villageId', foreignField: 'parentId', as: 'villageGrids' })
      .limit(1),
  );
  if (!row) return null;
  const { village, villageGrids, ...member } = row;
  return { member, villageNodes: [...village, ...villageGrids] };
}

export interface Holding {
  claim: Claim;
  member: PartyMember | undefined;
}

/** Holdings in the order their claims were made. */
export function inClaimOrder(a: Holding, b: Holding): number {
  return new Date(a.claim.claimedAt).getTime() - new Date(b.claim.claimedAt).getTime();
}

/** Who holds each post now, in the order they claimed it (one aggregate: the active claims with their members). */
export async function loadHoldings(db: Database, postIds: string[]): Promise<Map<string, Holding[]>> {
  const byPost = new Map<string, Holding[]>(postIds.map((id) => [id, []]));
  if (postIds.length === 0) return byPost;
  const holdings = await claimsWithMembers(db, { postId: db.command.in(postIds), status: 'active' });
  for (const holding of holdings.sort(inClaimOrder)) {
    byPost.get(holding.claim.postId)?.push(holding);
  }
  return byPost;
}

/** The claims a query matches, each with its member (one aggregate). */
async function claimsWithMembers(db: Database, match: Record<string, unknown>): Promise<Holding[]> {
  const rows = await aggregateAll<Claim & { holder: PartyMember[] }>(() =>
    db
      .collection(COLLECTIONS.claims)
      .aggregate()
      .match(match)
      .lookup({ from: COLLECTIONS.partyMembers, localField: 'memberId', foreignField: '_id', as: 'holder' }),
  );
  return rows.map(({ holder, ...claim }) => ({ claim, member: holder[0] }));
}

/** The open posts of a grid, optionally of one kind. */
export function openPostsOfGrid(db: Database, gridId: string, kindId?: string): Promise<ServicePost[]> {
  return readDocs<ServicePost>(
    db
      .collection(COLLECTIONS.servicePosts)
      .where({ gridId, status: 'open', ...(kindId ? { kindId } : {}) })
      .limit(200),
  );
}

/** Every post of a grid, open or closed. */
export function postsOfGrid(db: Database, gridId: string): Promise<ServicePost[]> {
  return readDocs<ServicePost>(db.collection(COLLECTIONS.servicePosts).where({ gridId }).limit(200));
}

/** Adds a post by its own id (one derived from the phone's key); false when it exists already (a resend, or a racing one). */
export function addPostOnce(db: Database, post: ServicePost): Promise<boolean> {
  return addOnce(db, COLLECTIONS.servicePosts, post);
}

/** Changes an open post still at the version the editor opened (one more after), unless more members hold it than `capacity`; whether it held. */
export async function editOpenPost(
  db: Database,
  post: { _id: string; capacity: number; version: number },
  patch: Partial<ServicePost>,
): Promise<boolean> {
  const _ = db.command;
  const still = { _id: post._id, status: 'open', held: _.lte(post.capacity) };
  // A post from before versions has none: version 0 is "none yet" as well.
  const opened =
    post.version === 0
      ? _.or([
          { ...still, version: 0 },
          { ...still, version: _.exists(false) },
        ])
      : { ...still, version: post.version };
  const changed = await updatedCount(
    db
      .collection(COLLECTIONS.servicePosts)
      .where(opened)
      // The edit's mark replaces the last one whole (an object in `update` would be merged into it).
      .update({ data: { ...patch, ...(patch.lastEdit ? { lastEdit: _.set(patch.lastEdit) } : {}), version: _.inc(1) } }),
  );
  return changed === 1;
}

/** Closes a post that is still open; whether this call closed it. */
export async function closeOpenPost(db: Database, postId: string, patch: Partial<ServicePost>): Promise<boolean> {
  return (await updatedCount(db.collection(COLLECTIONS.servicePosts).where({ _id: postId, status: 'open' }).update({ data: patch }))) === 1;
}

/** The claims that hold a post now. */
export function activeClaimsOf(db: Database, postId: string): Promise<Claim[]> {
  return readDocs<Claim>(db.collection(COLLECTIONS.claims).where({ postId, status: 'active' }).limit(MAX_READ));
}

/** The posts a member holds now. */
export function activeClaimsOfMember(db: Database, memberId: string): Promise<Claim[]> {
  return readDocs<Claim>(db.collection(COLLECTIONS.claims).where({ memberId, status: 'active' }).limit(MAX_READ));
}

/** Every claim a member ever made (the terms are inside each). */
export function claimsOfMember(db: Database, memberId: string): Promise<Claim[]> {
  return readDocs<Claim>(db.collection(COLLECTIONS.claims).where({ memberId }).limit(200));
}

/** Appends to the history; events are never updated or removed. */
export async function appendEvent(db: Database, event: PostEvent): Promise<void> {
  await db.collection(COLLECTIONS.postEvents).add({ data: event });
}

/** Appends an event under an id derived from what it records; a resend finds it there and adds nothing. */
export async function appendEventOnce(db: Database, id: string, event: PostEvent): Promise<void> {
  await addOnce(db, COLLECTIONS.postEvents, { _id: id, ...event });
}

/** How many entries a post's ledger shows. */
export const LEDGER_LIMIT = 500;

/**
 * A post's stored history, newest first. Its claims are read from the claim
 * documents (`claimsOfPost`); the `claimed` events earlier versions stored
 * are left out here so they take no place in the limit.
 */
export function eventsOfPost(db: Database, postId: string): Promise<PostEvent[]> {
  return readDocs<PostEvent>(
    db
      .collection(COLLECTIONS.postEvents)
      .where({ postId, type: db.command.neq('claimed') })
      .orderBy('at', 'desc')
      .orderBy('step', 'desc')
      .limit(LEDGER_LIMIT),
  );
}

/** Every claim ever made on a post, each with its member (one aggregate). */
export function claimsOfPost(db: Database, postId: string): Promise<Holding[]> {
  return claimsWithMembers(db, { postId });
}
