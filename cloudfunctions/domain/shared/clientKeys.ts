import { DomainError } from './DomainError';

/**
 * A record's entry left by a step the client keyed (opId): the key, and a
 * fingerprint of who asked for what under it (caller, action, payload), so
 * a retry is told apart from a different request sent under the same key.
 */
export interface KeyedEntry {
  opId: string | null;
  /** Absent on entries written before fingerprints were kept. */
  opFingerprint?: string;
}

/**
 * Whether the request under `opId` was already carried out: an entry with
 * the key and the same fingerprint is that request's retry (answer it as
 * it is, change nothing). The key under another fingerprint (another step,
 * other content, another person) is refused: a second request never takes
 * the first's answer as its own. An entry from before fingerprints counts
 * as the same request.
 */
export function isRetryOf(entries: readonly KeyedEntry[], opId: string, fingerprint: string): boolean {
  const keyed = entries.filter((entry) => entry.opId === opId);
  if (keyed.length === 0) return false;
  if (keyed.some((entry) => entry.opFingerprint === undefined || entry.opFingerprint === fingerprint)) return true;
  throw new DomainError('KEY_REUSED');
}

/** The entries with the fingerprint set on those the step under `opIds` wrote. */
export function stampFingerprint<E extends KeyedEntry>(entries: readonly E[], opIds: readonly string[], fingerprint: string): E[] {
  return entries.map((entry) => (entry.opId !== null && opIds.includes(entry.opId) ? { ...entry, opFingerprint: fingerprint } : entry));
}

/**
 * Every keyed entry a step writes with its fingerprint: its own key and the
 * keys derived from it (`<opId>-end`), so none of them can later be taken as
 * the retry of another request.
 */
export function stampKeyed<E extends KeyedEntry>(entries: readonly E[], fingerprint: string): E[] {
  return entries.map((entry) => (entry.opId !== null ? { ...entry, opFingerprint: fingerprint } : entry));
}

/** What a keyed create keeps on the record it made: the phone's key and the fingerprint of the request. */
export interface CreatedUnderKey {
  /** Absent on records made before creates were keyed. */
  clientKey?: string;
  opFingerprint?: string;
}

/**
 * KEY_REUSED of a create whose key already made the record `madeId`: its
 * id is the error's one detail line, and the client opens that record (an
 * edit) rather than making a second one.
 */
export function keyReusedOn(madeId: string): DomainError {
  return new DomainError('KEY_REUSED', undefined, undefined, [madeId]);
}

/**
 * A record found under the id a keyed create derives from its key: true
 * when it is this request's own (a resend: answer it, write nothing); the
 * key under other content is KEY_REUSED naming the record it made; from
 * another person (or no key) it is plain KEY_REUSED.
 */
export function isCreatedBy(stored: CreatedUnderKey & { _id: string }, clientKey: string, fingerprint: string): boolean {
  if (stored.clientKey !== clientKey) throw new DomainError('KEY_REUSED');
  if (stored.opFingerprint === undefined || stored.opFingerprint === fingerprint) return true;
  throw keyReusedOn(stored._id);
}
