import { Image, Text, View } from '@tarojs/components';
import FormField from '@/components/FormField';
import { partyText } from '@/text/party';
import { MAX_PHOTOS, type LogPhotos } from './useLogPhotos';

const t = partyText.log;

/** Photos of the service: each with 删除, and 添加照片 while there is room. */
export default function PhotosField({ photos, error }: { photos: LogPhotos; error?: string }) {
  return (
    <FormField label={t.photos} error={error}>
      <View className="gt-party__photos">
        {photos.photos.map((photo) => (
          <View key={photo.fileId} className="gt-log__photo">
            <Image className="gt-party__photo" src={photo.localPath} mode="aspectFill" />
            <Text className="gt-log__remove" onClick={() => photos.remove(photo.fileId)}>
              {t.removePhoto}
            </Text>
          </View>
        ))}
        {photos.photos.length < MAX_PHOTOS && (
          <View className="gt-log__add" hoverClass="gt-log__add--active" onClick={() => void photos.add()}>
            {t.addPhoto}
          </View>
        )}
      </View>
    </FormField>
  );
}
