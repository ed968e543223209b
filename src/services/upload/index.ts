import type { PhotoUploader } from './types';

/** The uploader for the platform being built; the other never enters the bundle (see transport/index.ts). */
function pickUploader(): PhotoUploader {
  if (process.env.TARO_ENV === 'weapp') {
    return (require('./weapp') as typeof import('./weapp')).weappUpload;
  } else {
    return (require('./h5') as typeof import('./h5')).h5Upload;
  }
}

export const uploadPhoto: PhotoUploader = pickUploader();
