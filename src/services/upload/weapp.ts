import Taro from '@tarojs/taro';
import type { PhotoUploader } from './types';

/** wx.cloud.uploadFile: the file goes straight from the phone to cloud storage. */
export const weappUpload: PhotoUploader = async (filePath, cloudPath) => {
  const res = await Taro.cloud.uploadFile({ cloudPath, filePath });
  return res.fileID;
};
