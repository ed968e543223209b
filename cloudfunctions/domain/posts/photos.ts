import { DomainError } from '../shared/DomainError';
import { cloudPathOf } from '../shared/uploads';

/** Where a member uploads the photos of their service (cloud storage path). */
export function photoPathPrefix(memberId: string): string {
  return `service-logs/${memberId}/`;
}

export { cloudPathOf };

/** A log may only carry photos the member uploaded to their own folder. */
export function assertOwnPhotos(fileIds: readonly string[], memberId: string): void {
  const prefix = photoPathPrefix(memberId);
  const foreign = fileIds.findIndex((fileId) => !cloudPathOf(fileId).startsWith(prefix));
  if (foreign >= 0) {
    throw new DomainError('INVALID_INPUT', undefined, [{ path: `photos.${foreign}`, message: '只能使用您自己上传的照片' }]);
  }
}
