import Taro from '@tarojs/taro';
import type { Uploader } from './types';

/**
 * weapp: wx.cloud.uploadFile (a temporary or saved path; no upload domain
 * needed). Called inside the chain, so one that throws at once (a bad path)
 * is a failed upload too, as the weapp transport does with callFunction.
 */
export const weappUpload: Uploader = (localPath, cloudPath) =>
  Promise.resolve()
    .then(() => Taro.cloud.uploadFile({ cloudPath, filePath: localPath }))
    .then(
      (result) => ({ fileID: result.fileID }),
      () => ({ failure: 'failed' }),
    );
