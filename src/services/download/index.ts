/**
 * Downloading a cloud-storage file by its fileID, apart from the uploads
 * (services/storage/) so only the pages that download (台账导出) carry it.
 * The platform's way is picked at build time, as in transport/:
 * - weapp: wx.cloud.downloadFile;
 * - H5 (local cloud runtime only): GET /dev/download.
 */
import { downloadText } from '@/text/download';
import { CloudError } from '../errors';
import type { DownloadFailure, Downloader } from './types';

function pickDownloader(): Downloader {
  // Keep the if/else shape: webpack drops a `require` only inside a branch it can prove dead.
  if (process.env.TARO_ENV === 'weapp') {
    return (require('./weapp') as typeof import('./weapp')).weappDownload;
  } else {
    return (require('./h5') as typeof import('./h5')).h5Download;
  }
}

const download = pickDownloader();

/** Why a download gave no file, worded for the person. */
function downloadFailure(kind: DownloadFailure): CloudError {
  const texts = downloadText;
  if (kind === 'notAllowed') return new CloudError('FORBIDDEN', texts.notAllowed);
  if (kind === 'missing') return new CloudError('NOT_FOUND', texts.missing);
  return new CloudError('NETWORK', texts.failed);
}

/**
 * Downloads a cloud-storage file the person may read (a ledger, the roster
 * template) by its fileID and resolves to a local path: a temporary file on
 * weapp, a blob URL on H5 (release it with URL.revokeObjectURL). Failures
 * are CloudErrors with words for the person.
 */
export async function downloadCloudFile(fileID: string): Promise<string> {
  const result = await download(fileID);
  if ('localPath' in result) return result.localPath;
  throw downloadFailure(result.failure);
}
