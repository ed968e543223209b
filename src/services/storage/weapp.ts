import Taro from '@tarojs/taro';
import type { Uploader } from './types';

/** weapp: wx.cloud.uploadFile (a temporary or saved path; no upload domain needed). */
export const weappUpload: Uploader = async (localPath, cloudPath) => {
  try {
    const result = await Taro.cloud.uploadFile({ cloudPath, filePath: localPath });
    return { fileID: result.fileID };
  } catch {
    return { failure: 'failed' };
  }
};

/** Whose uploads these are: on weapp always the one WeChat account of the phone. */
export function uploaderIdentity(): string {
  return '';
}
