import { createHash } from 'node:crypto';

/**
 * The storage folder a person's uploads of an area go to: `<area>/<token>/`,
 * the token a digest of the person's id (never the OPENID itself, which
 * fileIDs would show to everyone who sees the record). The server tells the
 * client the folder and accepts only files under the caller's own.
 */
export function uploadFolder(area: 'proxy', personId: string): string {
  const token = createHash('sha256').update(`${area}\n${personId}`).digest('hex').slice(0, 24);
  return `${area}/${token}/`;
}
