import Taro from '@tarojs/taro';
import type { Uploader } from './types';

/** weapp: wx.cloud.uploadFile (a temporary or saved path; no upload domain needed). */
export const weappUpload: Uploader = (localPath, cloudPath) =>
  Taro.cloud.uploadFile({ cloudPath, filePath: localPath }).then(
    (result) => ({ fileID: result.fileID }),
    () => ({ failure: 'failed' }),
  );
