/**
 * Uploading to cloud storage: the photos of a filing or a step, and any file
 * a page sends (the roster). Choosing photos and keeping them on the device
 * is services/photoPicking.ts, which only the pages with a photo picker carry;
 * downloads are services/download/, which only 台账导出 uses. The platform's
 * way is picked at build time, as in transport/:
 * - weapp: wx.cloud.uploadFile;
 * - H5 (local cloud runtime only): POST /dev/upload.
 */
import { commonText } from '@/text/common';
import { CloudError } from '../errors';
import type { Uploader } from './types';

function pickUploader(): Uploader {
  // Keep the if/else shape: webpack drops a `require` only inside a branch it can prove dead.
  if (process.env.TARO_ENV === 'weapp') {
    return (require('./weapp') as typeof import('./weapp')).weappUpload;
  } else {
    return (require('./h5') as typeof import('./h5')).h5Upload;
  }
}

const upload = pickUploader();

/** Uploads a kept photo to cloud storage at `cloudPath`; resolves to its fileID. */
export function uploadPhoto(localPath: string, cloudPath: string): Promise<string> {
  return uploadFile(localPath, cloudPath, commonText.photos);
}

/** How a failed upload is worded for what is being sent. */
export interface UploadFailureTexts {
  uploadFailed: string;
  unreadable: string;
}

/**
 * Uploads a local file (a temporary path on weapp, a blob or data URL on H5)
 * to cloud storage at `cloudPath`; resolves to its fileID. `texts` word the
 * failures for what is being sent.
 */
export async function uploadFile(localPath: string, cloudPath: string, texts: UploadFailureTexts): Promise<string> {
  const result = await upload(localPath, cloudPath);
  if ('fileID' in result) return result.fileID;
  if (result.failure === 'unreadable') throw new CloudError('INTERNAL', texts.unreadable);
  throw new CloudError('NETWORK', texts.uploadFailed);
}

/** Where the photos of one filing or step go: one folder per key, so a retry overwrites, never duplicates. */
export function photoPath(key: string, index: number): string {
  return `requests/${key}/${index + 1}.jpg`;
}
