import type { StoredFile } from '../store/files';

/**
 * Cloud storage's security rule as this product is deployed with it (README:
 * Using the WeChat build → cloud storage permission), and how the local cloud
 * applies it to the mini-program side's reads (`wx.cloud.downloadFile`; on
 * H5 `GET /dev/download`). Cloud functions are not subject to it, and neither
 * are temporary URLs (WeChat: the rules act on the interface, not on a file's
 * HTTP URL), which is why photos shown through their URLs need nothing here.
 *
 * - A person reads the files they uploaded themselves (photos, rosters).
 * - Files a cloud function wrote for someone to download (ledgers, the roster
 *   template) are readable by path: WeChat does not document whom a file a
 *   function uploads belongs to, so the rule does not rely on its owner, and
 *   the functions put an unguessable segment in those paths instead.
 */
export const STORAGE_SECURITY_RULE = {
  read: 'resource.openid == auth.openid || /^(ledgers|rosterTemplates)[/]/.test(resource.path) == true',
  write: 'resource.openid == auth.openid',
} as const;

const DOWNLOADABLE_BY_PATH = /^(ledgers|rosterTemplates)[/]/;

/** Whether the mini-program user `openid` may download `file` (null openid: nobody signed in). */
export function clientMayRead(file: StoredFile, openid: string | null): boolean {
  if (!openid) return false;
  if (file.uploader !== null && file.uploader === openid) return true;
  return DOWNLOADABLE_BY_PATH.test(file.cloudPath);
}
