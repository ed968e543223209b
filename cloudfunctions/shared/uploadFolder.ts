import { createHash } from 'node:crypto';
import { requireOwnUploads, UPLOAD_AREAS, type UploadArea } from '../domain/shared/uploads';

/**
 * The storage folder a person's uploads of an area go to: `<area>/<token>/`,
 * the token a digest of the person's id (never the OPENID itself, which
 * fileIDs would show to everyone who sees the record). The server tells the
 * client the folder (users.uploadFolders) and accepts only files under the
 * caller's own.
 */
export function uploadFolder(area: UploadArea, personId: string): string {
  const token = createHash('sha256').update(`${area}\n${personId}`).digest('hex').slice(0, 24);
  return `${area}/${token}/`;
}

/** Every area's folder of one person. */
export function uploadFolders(personId: string): Record<UploadArea, string> {
  return Object.fromEntries(UPLOAD_AREAS.map((area) => [area, uploadFolder(area, personId)])) as Record<UploadArea, string>;
}

/** Refuses (NOT_YOUR_UPLOAD) any fileID of `fileIds` outside the person's folder of `area`; `path` names the payload field. */
export function requireOwnFiles(area: UploadArea, personId: string, fileIds: readonly string[], path: string): void {
  requireOwnUploads(fileIds, uploadFolder(area, personId), (index) => `${path}.${index}`);
}
