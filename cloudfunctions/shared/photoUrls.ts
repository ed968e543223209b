import { cloud } from './cloud';

/** getTempFileURL takes at most 50 files per call. */
const PER_CALL = 50;

export interface PhotoLookup {
  /** fileID → temporary URL, for the files that exist. */
  urls: Map<string, string>;
  missing: Set<string>;
}

/** Temporary URLs for photos (a storage call, not a database action). */
export async function lookUpPhotos(fileIds: Iterable<string>): Promise<PhotoLookup> {
  const unique = [...new Set(fileIds)];
  const urls = new Map<string, string>();
  const missing = new Set<string>();
  for (let start = 0; start < unique.length; start += PER_CALL) {
    const chunk = unique.slice(start, start + PER_CALL);
    const result = (await cloud.getTempFileURL({ fileList: chunk })) as
      { fileList?: Array<{ fileID: string; tempFileURL: string; status: number }> } | undefined;
    if (!result || !Array.isArray(result.fileList)) throw new Error('getTempFileURL returned no fileList');
    for (const item of result.fileList) {
      if (item.status === 0 && item.tempFileURL) urls.set(item.fileID, item.tempFileURL);
      else missing.add(item.fileID);
    }
  }
  return { urls, missing };
}

/**
 * For showing photos: fileID → temporary URL, empty when storage cannot answer,
 * so a page shows placeholders instead of failing (the photos stay stored).
 */
export async function photoUrlsForDisplay(fileIds: Iterable<string>): Promise<Map<string, string>> {
  try {
    return (await lookUpPhotos(fileIds)).urls;
  } catch (error) {
    console.warn('[photos] temporary URLs not available', error);
    return new Map();
  }
}
