/**
 * A person added by the roster (花名册) has no WeChat account yet, so no
 * OPENID: they are keyed by their phone, so importing again finds them and
 * binding that phone in the mini-program takes them over (linkPhone).
 */
export function rosterPersonId(phone: string): string {
  return `${ROSTER_PREFIX}${phone}`;
}

const ROSTER_PREFIX = 'roster-';

/** Whether a user id is an imported person's (no WeChat account behind it). */
export function isRosterPersonId(id: string): boolean {
  return id.startsWith(ROSTER_PREFIX);
}
