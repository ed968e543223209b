import Taro from '@tarojs/taro';
import type { DownloadFailure, Downloader } from './types';

/** Why wx.cloud.downloadFile failed, from the SDK's errMsg. */
function failureOf(error: unknown): DownloadFailure {
  const text = (error && typeof error === 'object' && 'errMsg' in error ? String(error.errMsg) : String(error)).toUpperCase();
  if (text.includes('EXCEED_AUTHORITY') || text.includes('PERMISSION')) return 'notAllowed';
  if (text.includes('NONEXIST') || text.includes('NOT_EXIST')) return 'missing';
  return 'failed';
}

/** weapp: wx.cloud.downloadFile to a temporary file (needs no configured download domain, unlike wx.downloadFile of a URL). */
export const weappDownload: Downloader = async (fileID) => {
  let result: { tempFilePath: string; statusCode?: number };
  try {
    result = await Taro.cloud.downloadFile({ fileID });
  } catch (error) {
    return { failure: failureOf(error) };
  }
  if (result.statusCode !== undefined && result.statusCode !== 200) return { failure: result.statusCode === 404 ? 'missing' : 'failed' };
  return { localPath: result.tempFilePath };
};
