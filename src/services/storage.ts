/**
 * Photos: choosing them, keeping them on the device until they are sent, and
 * uploading them to cloud storage (downloads are services/download.ts, which
 * only 台账导出 uses). Pages call these; only this module knows how each
 * platform does it:
 * - weapp: chooseMedia/chooseImage, FileSystemManager.saveFile (survives a
 *   restart), wx.cloud.uploadFile;
 * - H5 (local cloud runtime only): <input type=file> through Taro, kept as a
 *   downscaled JPEG data URL in storage, uploaded with POST /dev/upload.
 */
import Taro from '@tarojs/taro';
import { commonText } from '@/text/common';
import { deviceFailureKind } from '@/utils/deviceFailure';
import { getDevOpenid } from './devIdentity';
import { CloudError } from './errors';

/** Longest side of a kept photo on H5 (enough to see a broken road, small enough for storage). */
const H5_MAX_SIDE = 1280;

/**
 * Lets the person pick up to `max` photos; resolves to temporary paths ([]
 * when they cancel). Any other failure is thrown for the page to show
 * (utils/deviceFailure: a refused camera is not a cancel).
 */
export async function choosePhotos(max: number): Promise<string[]> {
  if (max <= 0) return [];
  try {
    const result = await Taro.chooseImage({ count: max, sizeType: ['compressed'], sourceType: ['album', 'camera'] });
    return result.tempFilePaths.slice(0, max);
  } catch (error) {
    if (deviceFailureKind(error) === 'cancelled') return [];
    throw error;
  }
}

/**
 * Keeps a chosen photo where it survives until it is uploaded (a draft or an
 * unsent request may wait for the network across a restart).
 */
export async function keepPhoto(tempPath: string): Promise<string> {
  if (process.env.TARO_ENV === 'weapp') {
    try {
      const saved = await new Promise<string>((resolve, reject) => {
        Taro.getFileSystemManager().saveFile({
          tempFilePath: tempPath,
          success: (res) => resolve(res.savedFilePath),
          fail: reject,
        });
      });
      return saved;
    } catch {
      return tempPath;
    }
  } else {
    return shrinkToDataUrl(tempPath);
  }
}

/** H5: a blob URL dies with the page, a data URL in storage does not. */
async function shrinkToDataUrl(blobUrl: string): Promise<string> {
  if (blobUrl.startsWith('data:')) return blobUrl;
  const image = await new Promise<HTMLImageElement>((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('image did not load'));
    img.src = blobUrl;
  });
  const scale = Math.min(1, H5_MAX_SIDE / Math.max(image.naturalWidth, image.naturalHeight, 1));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(image.naturalWidth * scale));
  canvas.height = Math.max(1, Math.round(image.naturalHeight * scale));
  const context = canvas.getContext('2d');
  if (!context) return blobUrl;
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return canvas.toDataURL('image/jpeg', 0.8);
}

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
  if (process.env.TARO_ENV === 'weapp') {
    try {
      const result = await Taro.cloud.uploadFile({ cloudPath, filePath: localPath });
      return result.fileID;
    } catch {
      throw new CloudError('NETWORK', texts.uploadFailed);
    }
  } else {
    let bytes: Blob;
    try {
      bytes = await (await fetch(localPath)).blob();
    } catch {
      throw new CloudError('INTERNAL', texts.unreadable);
    }
    const headers: Record<string, string> = { 'Content-Type': bytes.type || 'application/octet-stream' };
    const openid = getDevOpenid();
    if (openid) headers['X-WX-OPENID'] = openid;
    let response: Response;
    try {
      response = await fetch(`/dev/upload?cloudPath=${encodeURIComponent(cloudPath)}`, { method: 'POST', headers, body: bytes });
    } catch {
      throw new CloudError('NETWORK', texts.uploadFailed);
    }
    const body = (await response.json().catch(() => null)) as { fileID?: unknown } | null;
    if (!response.ok || typeof body?.fileID !== 'string') throw new CloudError('NETWORK', texts.uploadFailed);
    return body.fileID;
  }
}

/** Where the photos of one filing or step go: one folder per key, so a retry overwrites, never duplicates. */
export function photoPath(key: string, index: number): string {
  return `requests/${key}/${index + 1}.jpg`;
}
