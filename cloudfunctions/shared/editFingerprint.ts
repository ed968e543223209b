import { createHash } from 'node:crypto';

/** The payload fields that name the version an edit was made on: left out of what the edit asked for. */
const VERSION_FIELDS = ['version', 'expectedVersion'];

/**
 * What a versioned edit asked for, as a short digest: the function, the
 * action and the validated payload without its version (zod gives its fields
 * in the schema's order). Not the caller: another administrator's identical
 * edit asked for the same outcome.
 */
export function editFingerprint(fn: string, action: string, payload: unknown): string {
  const fields =
    payload !== null && typeof payload === 'object'
      ? Object.fromEntries(Object.entries(payload).filter(([name]) => !VERSION_FIELDS.includes(name)))
      : payload;
  return createHash('sha256')
    .update(JSON.stringify([fn, action, fields]))
    .digest('hex')
    .slice(0, 32);
}
