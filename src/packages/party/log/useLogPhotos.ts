import Taro from '@tarojs/taro';
import { useState } from 'react';
import * as storageApi from '@/services/storage';
import { hideNotice, showNotice } from '@/state/notice';
import { photosText } from '@/text/photos';
import { partyText } from '@/text/party';
import { showDeviceFailure } from '@/utils/deviceFailure';

export const MAX_PHOTOS = 9;

export interface LogPhoto {
  /** Shown while the page is open. */
  localPath: string;
  fileId: string;
}

/** Photos of the service, uploaded as they are chosen into the member's own folder (`prefix`, from the server). */
export function useLogPhotos(prefix: string | undefined) {
  const [photos, setPhotos] = useState<LogPhoto[]>([]);

  const add = async () => {
    if (!prefix) return;
    let chosen: string[];
    try {
      chosen = (await Taro.chooseImage({ count: MAX_PHOTOS - photos.length, sizeType: ['compressed'] })).tempFilePaths;
    } catch (error) {
      // Closing the picker is silent; a refused camera or album is said.
      await showDeviceFailure(error, photosText.choosing);
      return;
    }
    showNotice(partyText.log.uploading, 'loading', 0);
    try {
      const uploaded: LogPhoto[] = [];
      for (const [index, localPath] of chosen.entries()) {
        const extension = /\.(jpe?g|png|gif|webp)$/i.exec(localPath)?.[1] ?? 'jpg';
        const fileId = await storageApi.uploadPhoto(localPath, `${prefix}${Date.now()}-${index}.${extension}`);
        uploaded.push({ localPath, fileId });
      }
      setPhotos((current) => [...current, ...uploaded].slice(0, MAX_PHOTOS));
      hideNotice();
    } catch {
      hideNotice();
      showNotice(partyText.log.uploadFailed, 'error', 3000);
    }
  };

  const remove = (fileId: string) => setPhotos((current) => current.filter((p) => p.fileId !== fileId));
  return { photos, add, remove };
}

export type LogPhotos = ReturnType<typeof useLogPhotos>;
