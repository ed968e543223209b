import { DomainError } from './DomainError';

/**
 * The areas whose records carry files people upload, each with a folder per
 * person (`<area>/<token>/`, named by the server: shared/uploadFolder.ts).
 */
export const UPLOAD_AREAS = ['requests', 'messages', 'visits', 'service-logs', 'proxy', 'rosters'] as const;
export type UploadArea = (typeof UPLOAD_AREAS)[number];

/** The storage path of a fileID: cloud://<env>.<bucket>/<path>. */
export function cloudPathOf(fileId: string): string {
  const rest = fileId.startsWith('cloud://') ? fileId.slice('cloud://'.length) : '';
  const slash = rest.indexOf('/');
  return slash < 0 ? '' : rest.slice(slash + 1);
}

function isUnder(fileId: string, folder: string): boolean {
  const path = cloudPathOf(fileId);
  return path.startsWith(folder) && !path.split('/').some((part) => part === '..' || part === '.');
}

/**
 * A record may carry only files the person uploaded to their own folder: a
 * fileID of someone else's upload (another agent's photo of an ID card,
 * another resident's) would otherwise be shown, with a link, to whoever
 * sees the record. `pathOf` names the payload path of the one refused.
 */
export function requireOwnUploads(fileIds: readonly string[], folder: string, pathOf: (index: number) => string): void {
  const foreign = fileIds.findIndex((fileId) => !isUnder(fileId, folder));
  if (foreign >= 0) {
    throw new DomainError('NOT_YOUR_UPLOAD', undefined, [{ path: pathOf(foreign), message: '不是您上传的图片' }]);
  }
}
