import { DomainError } from './DomainError';

/** The storage path of a fileID: cloud://<env>.<bucket>/<path>. */
export function cloudPathOf(fileId: string): string {
  const rest = fileId.startsWith('cloud://') ? fileId.slice('cloud://'.length) : '';
  const slash = rest.indexOf('/');
  return slash < 0 ? '' : rest.slice(slash + 1);
}

/**
 * A record may carry only files the person uploaded to their own folder: a
 * fileID of someone else's upload (another agent's photo of an ID card,
 * another resident's) would otherwise be shown, with a link, to whoever
 * sees the record. `pathOf` names the payload path of the one refused.
 */
export function requireOwnUploads(fileIds: readonly string[], folder: string, pathOf: (index: number) => string): void {
  const foreign = fileIds.findIndex((fileId) => !cloudPathOf(fileId).startsWith(folder) || cloudPathOf(fileId).includes('/../'));
  if (foreign >= 0) {
    const path = pathOf(foreign);
    throw new DomainError('INVALID_INPUT', '只能使用您自己刚上传的图片，请重新拍照或选择', [{ path, message: '不是您上传的图片' }]);
  }
}
