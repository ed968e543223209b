import { cloud } from './cloud';
import { lookUpPhotos } from './photoUrls';

/** Puts a file the function made in cloud storage and gives its fileID and a temporary URL to download it. */
export async function uploadForDownload(cloudPath: string, content: Buffer): Promise<{ fileID: string; url: string }> {
  const uploaded = (await cloud.uploadFile({ cloudPath, fileContent: content })) as { fileID?: string };
  if (!uploaded?.fileID) throw new Error('uploadFile returned no fileID');
  // Same temporary-URL lookup as photos; a file without one is downloaded by asking again.
  const { urls } = await lookUpPhotos([uploaded.fileID]);
  return { fileID: uploaded.fileID, url: urls.get(uploaded.fileID) ?? '' };
}
