/**
 * Uploading to cloud storage: the photos of a filing or a step, and any file
 * a page sends (the roster). Choosing photos and keeping them on the device
 * is services/photoPicking.ts, which only the pages with a photo picker carry;
 * downloads are services/download/, which only 台账导出 uses. The platform's
 * way is picked at build time, as in transport/:
 * - weapp: wx.cloud.uploadFile;
 * - H5 (local cloud runtime only): POST /dev/upload.
 */
import type { UploadFoldersDto } from '@contract';
import { commonText } from '@/text/common';
import { callCloud } from '../cloud';
import { CloudError } from '../errors';
import type { Uploader } from './types';

function pickUploader(): { upload: Uploader; identity: () => string } {
  // Keep the if/else shape: webpack drops a `require` only inside a branch it can prove dead.
  if (process.env.TARO_ENV === 'weapp') {
    const weapp = require('./weapp') as typeof import('./weapp');
    return { upload: weapp.weappUpload, identity: weapp.uploaderIdentity };
  } else {
    const h5 = require('./h5') as typeof import('./h5');
    return { upload: h5.h5Upload, identity: h5.uploaderIdentity };
  }
}

const { upload, identity } = pickUploader();

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

export type UploadArea = keyof UploadFoldersDto;

let folders: { identity: string; answer: Promise<UploadFoldersDto> } | null = null;

/**
 * The caller's own folder of `area`, as the server names it (users.uploadFolders,
 * asked once per identity): a record accepts only files under it.
 */
export async function ownFolder(area: UploadArea): Promise<string> {
  const who = identity();
  if (!folders || folders.identity !== who) {
    const answer = callCloud('users', 'uploadFolders', {});
    folders = { identity: who, answer };
    // A failed ask is asked again next time, never kept.
    answer.catch(() => {
      if (folders?.answer === answer) folders = null;
    });
  }
  return (await folders.answer)[area];
}

/** Where the photos of one filing, step or visit go: the caller's folder, one subfolder per key, so a retry overwrites, never duplicates. */
export async function ownPhotoPath(area: UploadArea, key: string, index: number): Promise<string> {
  return `${await ownFolder(area)}${key}/${index + 1}.jpg`;
}
