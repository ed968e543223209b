import { createHash } from 'node:crypto';
import { requireOwnUploads, type UploadArea } from '../domain/shared/uploads';

/**
 * A person's upload token: a digest of the person's id (never the OPENID
 * itself, which fileIDs would show to everyone who sees the record). The
 * person's id is their WeChat account's, so the token stays when 绑定手机号
 * takes over an imported person. Every profile answer carries it
 * (ProfileDto.uploadToken); the client uploads under `<area>/<token>/`.
 */
export function uploadToken(personId: string): string {
  return createHash('sha256').update(`uploads\n${personId}`).digest('hex').slice(0, 24);
}

/** The storage folder a person's uploads of an area go to, `<area>/<token>/`: the server accepts only files under the caller's own. */
export function uploadFolder(area: UploadArea, personId: string): string {
  return `${area}/${uploadToken(personId)}/`;
}

/** Refuses (NOT_YOUR_UPLOAD) any fileID of `fileIds` outside the person's folder of `area`; `path` names the payload field. */
export function requireOwnFiles(area: UploadArea, personId: string, fileIds: readonly string[], path: string): void {
  requireOwnUploads(fileIds, uploadFolder(area, personId), (index) => `${path}.${index}`);
}
