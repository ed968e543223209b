import { createHash } from 'node:crypto';

/**
 * Ids derived from who wrote a record and the key their phone made for it:
 * a resend after a lost answer hits the same id, so the add fails and the
 * record already written is the answer (nothing twice).
 */
function derived(prefix: string, personId: string, key: string): string {
  return `${prefix}${createHash('sha256').update(`${personId}\n${key}`).digest('hex').slice(0, 30)}`;
}

export function visitIdFor(cadreId: string, clientKey: string): string {
  return derived('vs', cadreId, clientKey);
}

export function householdIdFor(keeperId: string, opId: string): string {
  return derived('hh', keeperId, opId);
}
