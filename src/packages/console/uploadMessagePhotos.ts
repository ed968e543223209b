import * as storageApi from '@/services/storage';

/** Uploads chosen photos under the step's key (a retry overwrites the same files) and returns their fileIDs. */
export async function uploadMessagePhotos(key: string, localPaths: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < localPaths.length; i += 1)
    ids.push(await storageApi.uploadPhoto(localPaths[i], await storageApi.ownPhotoPath('messages', key, i)));
  return ids;
}
