/**
 * Downloading a cloud-storage file by its fileID, apart from the photo
 * uploads (services/storage.ts) so only the pages that download (台账导出)
 * carry it:
 * - weapp: wx.cloud.downloadFile;
 * - H5 (local cloud runtime only): GET /dev/download (the runtime applies
 *   the storage rule).
 */
import Taro from '@tarojs/taro';
import { deviceText } from '@/text/device';
import { getDevOpenid } from './devIdentity';
import { CloudError } from './errors';

/** Why a download gave no file, worded for the person (weapp: from the SDK's errMsg; H5: from the runtime's status). */
function downloadFailure(kind: 'notAllowed' | 'missing' | 'failed'): CloudError {
  const texts = deviceText.download;
  if (kind === 'notAllowed') return new CloudError('FORBIDDEN', texts.notAllowed);
  if (kind === 'missing') return new CloudError('NOT_FOUND', texts.missing);
  return new CloudError('NETWORK', texts.failed);
}

function weappDownloadFailure(error: unknown): CloudError {
  const text = (error && typeof error === 'object' && 'errMsg' in error ? String(error.errMsg) : String(error)).toUpperCase();
  if (text.includes('EXCEED_AUTHORITY') || text.includes('PERMISSION')) return downloadFailure('notAllowed');
  if (text.includes('NONEXIST') || text.includes('NOT_EXIST')) return downloadFailure('missing');
  return downloadFailure('failed');
}

/**
 * Downloads a cloud-storage file the person may read (a ledger, the roster
 * template) by its fileID and resolves to a local path: a temporary file on
 * weapp (wx.cloud.downloadFile needs no configured download domain, unlike
 * wx.downloadFile of a URL), a blob URL on H5 (release it with
 * URL.revokeObjectURL). Failures are CloudErrors with words for the person.
 */
export async function downloadCloudFile(fileID: string): Promise<string> {
  if (process.env.TARO_ENV === 'weapp') {
    let result: { tempFilePath: string; statusCode?: number };
    try {
      result = await Taro.cloud.downloadFile({ fileID });
    } catch (error) {
      throw weappDownloadFailure(error);
    }
    if (result.statusCode !== undefined && result.statusCode !== 200)
      throw downloadFailure(result.statusCode === 404 ? 'missing' : 'failed');
    return result.tempFilePath;
  } else {
    const headers: Record<string, string> = {};
    const openid = getDevOpenid();
    if (openid) headers['X-WX-OPENID'] = openid;
    let response: Response;
    try {
      response = await fetch(`/dev/download?fileID=${encodeURIComponent(fileID)}`, { headers });
    } catch {
      throw downloadFailure('failed');
    }
    if (response.status === 401 || response.status === 403) throw downloadFailure('notAllowed');
    if (response.status === 404) throw downloadFailure('missing');
    if (!response.ok) throw downloadFailure('failed');
    return URL.createObjectURL(await response.blob());
  }
}
