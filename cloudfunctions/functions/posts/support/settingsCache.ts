import type { PostKind } from '../../../domain/catalog/PostKind';
import { DEFAULT_MAX_ACTIVE_POSTS } from '../../../domain/posts/claimRules';
import { isOwnLastEdit, lastEditOn, type LastEdit } from '../../../domain/shared/lastEdit';
import type { Database } from '../../../shared/cloud';
import { COLLECTIONS } from '../../../shared/collections';
import { findById } from '../../../shared/findById';
import { readDocs } from '../../../shared/readDocs';
import { getInTransactionOrNull, runTransaction } from '../../../shared/transaction';

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
  /** Counts the saves of the limit: each names the one its screen showed (absent before: 0). */
  version?: number;
  /** The save that produced the version (absent before). */
  lastEdit?: LastEdit;
}

/** The claim limit and the version it was saved at. */
export interface ClaimLimit {
  maxActivePosts: number;
  version: number;
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

function limitOf(settings: PostSettings | null): ClaimLimit {
  const value = settings?.maxActivePostsPerMember;
  return { maxActivePosts: typeof value === 'number' && value >= 1 ? value : DEFAULT_MAX_ACTIVE_POSTS, version: settings?.version ?? 0 };
}

const claimLimit = keptSetting(async (db) => limitOf(await findById<PostSettings>(db, COLLECTIONS.settings, SETTINGS_ID)));

const postKinds = keptSetting(async (db) => {
  const kinds = await readDocs<PostKind>(db.collection(COLLECTIONS.postKinds).limit(100));
  return new Map(kinds.sort((a, b) => a.order - b.order).map((kind) => [kind._id, kind]));
});

/** How many posts a member may hold at once: the deployment's setting, 2 when unset (kept a short while). */
export async function loadMaxActivePosts(db: Database, now: Date): Promise<number> {
  return (await claimLimit.get(db, now)).maxActivePosts;
}

/**
 * The claim limit with its version, as a screen that may change it shows it:
 * read now (and kept), since a version kept by this instance from before
 * another instance's save would make every save from that screen CONFLICT.
 */
export function loadClaimLimit(db: Database, now: Date): Promise<ClaimLimit> {
  return claimLimit.fresh(db, now);
}

/** The claim limit read now, for a refusal that rests on it. */
export async function freshClaimLimit(db: Database, now: Date): Promise<number> {
  return (await claimLimit.fresh(db, now)).maxActivePosts;
}

/**
 * Admin: a new claim limit, written only over the version the screen
 * showed (a transaction that reads it first), marked as this edit's
 * (`fingerprint`); kept by this instance at once. `made: false` when this
 * same edit made the stored version already (a resend: nothing written);
 * null when another administrator saved it meanwhile.
 */
export async function saveClaimLimit(
  db: Database,
  change: ClaimLimit,
  fingerprint: string,
  by: string,
  now: Date,
): Promise<{ saved: ClaimLimit; made: boolean } | null> {
  const outcome = await runTransaction(db, async (transaction) => {
    const stored = await getInTransactionOrNull<PostSettings>(transaction, COLLECTIONS.settings, SETTINGS_ID);
    const current = limitOf(stored);
    if (current.version !== change.version) {
      return stored && isOwnLastEdit(current.version, stored, change.version, fingerprint) ? { saved: current, made: false } : null;
    }
    const next = { maxActivePosts: change.maxActivePosts, version: change.version + 1 };
    const lastEdit = lastEditOn(change.version, fingerprint);
    await transaction
      .collection(COLLECTIONS.settings)
      .doc(SETTINGS_ID)
      .set({ data: { maxActivePostsPerMember: next.maxActivePosts, version: next.version, lastEdit, updatedAt: now, updatedBy: by } });
    return { saved: next, made: true };
  });
  if (outcome) claimLimit.remember(outcome.saved, now);
  return outcome;
}

/** The post kinds in their display order (kept a short while: the catalog is set up, not edited). */
export function loadKinds(db: Database, now: Date): Promise<Map<string, PostKind>> {
  return postKinds.get(db, now);
}
