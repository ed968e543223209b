import { Image, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { PhotoDto } from '@contract';
import { photosText } from '@/text/photos';
import { showDeviceFailure } from '@/utils/deviceFailure';
import './index.scss';

/** Photos from cloud storage; a tap opens them full screen. */
export default function PhotoStrip({ photos }: { photos: PhotoDto[] }) {
  const urls = photos.map((photo) => photo.url).filter(Boolean);
  if (photos.length === 0) return null;
  const open = (url: string) => {
    if (url)
      Taro.previewImage({ current: url, urls }).catch((error: unknown) => showDeviceFailure(error, { failed: photosText.previewFailed }));
  };
  return (
    <View className="gt-photo-strip">
      {photos.map((photo) => (
        <View key={photo.fileID} className="gt-photo-strip__item" onClick={() => open(photo.url)}>
          {photo.url ? (
            <Image className="gt-photo-strip__image" src={photo.url} mode="aspectFill" />
          ) : (
            <View className="gt-photo-strip__missing">图</View>
          )}
        </View>
      ))}
    </View>
  );
}
