import { cloud } from '../../shared/cloud';

/** getTempFileURL takes at most 50 files a call. */
const BATCH = 50;

/**
 * Temporary download URLs for photos in cloud storage (a storage call, not a
 * database action). A photo whose URL cannot be had maps to '' and the page
 * shows a placeholder rather than failing.
 */
export async function photoUrls(fileIds: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(fileIds)];
  const urls = new Map<string, string>();
  for (let i = 0; i < unique.length; i += BATCH) {
    try {
      const result = (await cloud.getTempFileURL({ fileList: unique.slice(i, i + BATCH) })) as {
        fileList: Array<{ fileID: string; tempFileURL: string }>;
      };
      for (const item of result.fileList) urls.set(item.fileID, item.tempFileURL ?? '');
    } catch (error) {
      console.warn('[requests] temp file URLs not available', error);
    }
  }
  return urls;
}
