import { createHash } from 'node:crypto';

/**
 * The id a create takes from who sent it and the phone's key (`clientKey`):
 * a resend of the same create lands on the same document, and two racing
 * sends on one id, which the database lets exist once.
 */
export function keyedId(prefix: string, callerId: string, clientKey: string): string {
  return `${prefix}${createHash('sha256').update(`${callerId}\n${clientKey}`).digest('hex').slice(0, 24)}`;
}
