import { createHash } from 'node:crypto';

/**
 * What a keyed request asked for, as a short digest: the caller, the
 * function and action, and the validated payload (zod gives its fields in
 * the schema's order, so a retry of the same request digests the same).
 */
export function opFingerprint(callerId: string, fn: string, action: string, payload: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify([callerId, fn, action, payload]))
    .digest('hex')
    .slice(0, 32);
}
