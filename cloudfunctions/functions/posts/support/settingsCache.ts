import type { PostKind } from '../../../domain/catalog/PostKind';
import { DEFAULT_MAX_ACTIVE_POSTS } from '../../../domain/posts/claimRules';
import type { Database } from '../../../shared/cloud';
import { COLLECTIONS } from '../../../shared/collections';
import { findById } from '../../../shared/findById';
import { readDocs } from '../../../shared/readDocs';

/**
 * Settings that almost never change (the claim limit, the post kinds), kept
 * by this instance of the function for a short while so that browsing and
 * claiming do not read them on every call. An edit made here replaces the
 * kept value at once; another warm instance reads it again within
 * `SETTINGS_TTL_MS`. A refusal that rests on the limit is made against a
 * fresh read (`freshClaimLimit`), so a raised limit is honoured everywhere
 * at once; a lowered one, like the edit itself, ends no term.
 */
export const SETTINGS_TTL_MS = 30_000;

export const SETTINGS_ID = 'posts';

interface PostSettings {
  _id: string;
  maxActivePostsPerMember: number;
}

interface Kept<T> {
  value: T;
  readAt: number;
}

/** One setting kept per instance: read again when older than the TTL (or when the clock went back). */
function keptSetting<T>(read: (db: Database) => Promise<T>) {
  let kept: Kept<T> | undefined;
  const fresh = async (db: Database, now: Date): Promise<T> => {
    const value = await read(db);
    kept = { value, readAt: now.getTime() };
    return value;
  };
  return {
    fresh,
    async get(db: Database, now: Date): Promise<T> {
      const age = kept ? now.getTime() - kept.readAt : -1;
      return kept && age >= 0 && age < SETTINGS_TTL_MS ? kept.value : fresh(db, now);
    },
    remember(value: T, now: Date): void {
      kept = { value, readAt: now.getTime() };
    },
  };
}

const claimLimit = keptSetting(async (db) => {
  const settings = await findById<PostSettings>(db, COLLECTIONS.settings, SETTINGS_ID);
  const value = settings?.maxActivePostsPerMember;
  return typeof value === 'number' && value >= 1 ? value : DEFAULT_MAX_ACTIVE_POSTS;
});

const postKinds = keptSetting(async (db) => {
  const kinds = await readDocs<PostKind>(db.collection(COLLECTIONS.postKinds).limit(100));
  return new Map(kinds.sort((a, b) => a.order - b.order).map((kind) => [kind._id, kind]));
});

/** How many posts a member may hold at once: the deployment's setting, 2 when unset (kept a short while). */
export function loadMaxActivePosts(db: Database, now: Date): Promise<number> {
  return claimLimit.get(db, now);
}

/** The claim limit read now, for a refusal that rests on it. */
export function freshClaimLimit(db: Database, now: Date): Promise<number> {
  return claimLimit.fresh(db, now);
}

/** Admin: a new claim limit, kept by this instance at once. */
export async function saveClaimLimit(db: Database, maxActivePosts: number, by: string, now: Date): Promise<void> {
  await db
    .collection(COLLECTIONS.settings)
    .doc(SETTINGS_ID)
    .set({ data: { maxActivePostsPerMember: maxActivePosts, updatedAt: now, updatedBy: by } });
  claimLimit.remember(maxActivePosts, now);
}

/** The post kinds in their display order (kept a short while: the catalog is set up, not edited). */
export function loadKinds(db: Database, now: Date): Promise<Map<string, PostKind>> {
  return postKinds.get(db, now);
}
