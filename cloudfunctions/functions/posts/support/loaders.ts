import type { PostKind } from '../../../domain/catalog/PostKind';
import type { JurisdictionNode } from '../../../domain/jurisdiction/JurisdictionNode';
import type { Branch } from '../../../domain/posts/Branch';
import type { Claim } from '../../../domain/posts/Claim';
import { DEFAULT_MAX_ACTIVE_POSTS } from '../../../domain/posts/claimRules';
import type { PartyMember } from '../../../domain/posts/PartyMember';
import type { ServicePost } from '../../../domain/posts/ServicePost';
import type { Database } from '../../../shared/cloud';
import { COLLECTIONS } from '../../../shared/collections';
import { loadByIds, MAX_READ } from '../../../shared/loadByIds';
import { findById } from '../../../shared/findById';
import { readDocs } from '../../../shared/readDocs';

export function findMember(db: Database, memberId: string): Promise<PartyMember | null> {
  return findById<PartyMember>(db, COLLECTIONS.partyMembers, memberId);
}

export function findPost(db: Database, postId: string): Promise<ServicePost | null> {
  return findById<ServicePost>(db, COLLECTIONS.servicePosts, postId);
}

/** The ten post kinds in their display order. */
export async function loadKinds(db: Database): Promise<Map<string, PostKind>> {
  const kinds = await readDocs<PostKind>(db.collection(COLLECTIONS.postKinds).limit(100));
  return new Map(kinds.sort((a, b) => a.order - b.order).map((kind) => [kind._id, kind]));
}

export const SETTINGS_ID = 'posts';

export interface PostSettings {
  _id: string;
  maxActivePostsPerMember: number;
}

/** How many posts a member may hold at once: the deployment's setting, 2 when unset. */
export async function loadMaxActivePosts(db: Database): Promise<number> {
  const settings = await findById<PostSettings>(db, COLLECTIONS.settings, SETTINGS_ID);
  const value = settings?.maxActivePostsPerMember;
  return typeof value === 'number' && value >= 1 ? value : DEFAULT_MAX_ACTIVE_POSTS;
}

export function loadNodes(db: Database, ids: Iterable<string>): Promise<Map<string, JurisdictionNode>> {
  return loadByIds<JurisdictionNode>(db, COLLECTIONS.nodes, ids);
}

export function loadBranches(db: Database, ids: Iterable<string>): Promise<Map<string, Branch>> {
  return loadByIds<Branch>(db, COLLECTIONS.branches, ids);
}

/** The branches whose secretary the person is. */
export function secretaryBranches(db: Database, openid: string): Promise<Branch[]> {
  return readDocs<Branch>(db.collection(COLLECTIONS.branches).where({ secretaryId: openid }).limit(100));
}

export interface Holding {
  claim: Claim;
  member: PartyMember | undefined;
}

/** Who holds each post now (two reads: the active claims, then their members). */
export async function loadHoldings(db: Database, postIds: string[]): Promise<Map<string, Holding[]>> {
  const byPost = new Map<string, Holding[]>(postIds.map((id) => [id, []]));
  if (postIds.length === 0) return byPost;
  const _ = db.command;
  const claims = await readDocs<Claim>(
    db
      .collection(COLLECTIONS.claims)
      .where({ postId: _.in(postIds), status: 'active' })
      .limit(MAX_READ),
  );
  const members = await loadByIds<PartyMember>(
    db,
    COLLECTIONS.partyMembers,
    claims.map((claim) => claim.memberId),
  );
  for (const claim of claims.sort((a, b) => new Date(a.claimedAt).getTime() - new Date(b.claimedAt).getTime())) {
    byPost.get(claim.postId)?.push({ claim, member: members.get(claim.memberId) });
  }
  return byPost;
}
