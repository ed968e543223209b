/**
 * Uploading to cloud storage: the photos of a filing or a step, and any file
 * a page sends (the roster). Choosing photos and keeping them on the device
 * is services/photoPicking.ts, which only the pages with a photo picker carry;
 * downloads are services/download/, which only 台账导出 uses. The platform's
 * way is picked at build time, as in transport/:
 * - weapp: wx.cloud.uploadFile;
 * - H5 (local cloud runtime only): POST /dev/upload.
 */
import type { UploadArea } from '@contract';
import { commonText } from '@/text/common';
import { callCloud } from '../cloud';
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
 * failures for what is being sent. (Promise chains here, not async
 * functions: the weapp build turns each of those into a state machine, and
 * this module is in the main package.)
 */
export function uploadFile(localPath: string, cloudPath: string, texts: UploadFailureTexts): Promise<string> {
  return upload(localPath, cloudPath).then((result) => {
    if ('fileID' in result) return result.fileID;
    throw result.failure === 'unreadable' ? new CloudError('INTERNAL', texts.unreadable) : new CloudError('NETWORK', texts.uploadFailed);
  });
}

let token: Promise<string> | null = null;
/** Bumped when the identity changes: an answer asked for before belongs to the identity before. */
let generation = 0;

/** Which identity a call about to be sent is for: hand it back to keepUploadToken with the answer. */
export function uploadTokenGeneration(): number {
  return generation;
}

/**
 * Keeps the caller's upload token from a profile answer (users.home keeps it
 * on every load), so an upload needs no call of its own; an answer to a call
 * sent before the identity changed (`asOf`) is dropped.
 */
export function keepUploadToken(known: string, asOf: number): void {
  if (asOf === generation) token = Promise.resolve(known);
}

/** The identity changed (H5's demo identity picker): the next upload asks whose it is. */
export function forgetUploadToken(): void {
  generation += 1;
  token = null;
}

/**
 * The caller's own folder of `area`, `<area>/<token>/`: a record accepts only
 * files under it. The token comes with the home's answer; a page opened
 * before it (a deep link, the outbox sending at launch) asks users.me once.
 */
export function ownFolder(area: UploadArea): Promise<string> {
  if (!token) {
    const asked = callCloud('users', 'me', {}).then((profile) => profile.uploadToken);
    token = asked;
    // A failed ask is asked again next time, never kept.
    asked.catch(() => {
      if (token === asked) token = null;
    });
  }
  return token.then((known) => `${area}/${known}/`);
}

/** Where the photos of one filing, step or visit go: the caller's folder, one subfolder per key, so a retry overwrites, never duplicates. */
export function ownPhotoPath(area: UploadArea, key: string, index: number): Promise<string> {
  return ownFolder(area).then((folder) => `${folder}${key}/${index + 1}.jpg`);
}
