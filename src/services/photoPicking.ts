/**
 * Choosing photos and keeping them on the device until they are sent (the
 * photo picker's part; uploading is services/storage/, which the outbox in
 * the main package needs, so this stays with the pages that pick photos):
 * - weapp: chooseImage, FileSystemManager.saveFile (survives a restart);
 * - H5 (local cloud runtime only): <input type=file> through Taro, kept as a
 *   downscaled JPEG data URL in storage.
 */
import Taro from '@tarojs/taro';
import { deviceFailureKind } from '@/utils/deviceFailure';

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
export function keepPhoto(tempPath: string): Promise<string> {
  // Not async itself: the build drops the other platform's branch (and shrinkToDataUrl on weapp)
  // only from plain code, not from an async function's down-levelled state machine.
  if (process.env.TARO_ENV === 'weapp') {
    return saveOnDevice(tempPath);
  } else {
    return shrinkToDataUrl(tempPath);
  }
}

/** weapp: a saved file survives a restart, a temporary one may not; the temporary path if saving fails. */
function saveOnDevice(tempPath: string): Promise<string> {
  return new Promise<string>((resolve) => {
    try {
      Taro.getFileSystemManager().saveFile({
        tempFilePath: tempPath,
        success: (res) => resolve(res.savedFilePath),
        fail: () => resolve(tempPath),
      });
    } catch {
      resolve(tempPath);
    }
  });
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
