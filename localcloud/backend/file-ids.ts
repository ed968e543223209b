/**
 * fileIDs look like the real ones: cloud://<env>.<bucket>/<cloudPath>, where
 * the bucket is hex(first two characters of env)-<env>-<appid number>.
 */
export function bucketFor(envId: string): string {
  return `${Buffer.from(envId.slice(0, 2)).toString('hex')}-${envId}-1300000000`;
}

export function fileIdFor(envId: string, cloudPath: string): string {
  return `cloud://${envId}.${bucketFor(envId)}/${cloudPath}`;
}

/** The URL path that serves a stored file's bytes. */
export const DOWNLOAD_PREFIX = '/__storage/file/';
export const UPLOAD_PREFIX = '/__storage/upload/';

/**
 * Like real tempFileURLs, the path is not percent-encoded: the SDK's
 * downloadFile applies encodeURI itself, so encoding here would double it.
 */
export function downloadUrl(baseUrl: string, cloudPath: string): string {
  return baseUrl + DOWNLOAD_PREFIX + cloudPath;
}

/** Rejects paths that could not be a cloud storage key. */
export function validCloudPath(cloudPath: unknown): cloudPath is string {
  return (
    typeof cloudPath === 'string' &&
    cloudPath.length > 0 &&
    cloudPath.length <= 850 &&
    !cloudPath.startsWith('/') &&
    !cloudPath.split('/').some((p) => p === '' || p === '.' || p === '..')
  );
}
