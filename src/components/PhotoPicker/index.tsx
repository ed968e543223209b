import { Image, View } from '@tarojs/components';
import { useState } from 'react';
import * as photoPickingApi from '@/services/photoPicking';
import { photosText } from '@/text/photos';
import { showDeviceFailure } from '@/utils/deviceFailure';
import './index.scss';

interface PhotoPickerProps {
  /** Photos kept on the device (see photoPicking.keepPhoto). */
  photos: string[];
  max?: number;
  onChange: (photos: string[]) => void;
}

/** Up to `max` photos: big add button, thumbnails with a big remove cross. */
export default function PhotoPicker({ photos, max = 6, onChange }: PhotoPickerProps) {
  const [busy, setBusy] = useState(false);
  const add = async () => {
    if (busy) return;
    setBusy(true);
    try {
      const chosen = await photoPickingApi.choosePhotos(max - photos.length);
      const kept: string[] = [];
      for (const path of chosen) kept.push(await photoPickingApi.keepPhoto(path));
      if (kept.length) onChange([...photos, ...kept].slice(0, max));
    } catch (error) {
      await showDeviceFailure(error, photosText.choosing);
    } finally {
      setBusy(false);
    }
  };
  return (
    <View className="gt-photos">
      {photos.map((photo, index) => (
        <View key={`${index}-${photo.slice(-16)}`} className="gt-photos__item">
          <Image className="gt-photos__image" src={photo} mode="aspectFill" />
          <View
            className="gt-photos__remove"
            ariaRole="button"
            ariaLabel={photosText.remove}
            onClick={() => onChange(photos.filter((_, i) => i !== index))}
          >
            ×
          </View>
        </View>
      ))}
      {photos.length < max && (
        <View className="gt-photos__add" hoverClass="gt-photos__add--active" ariaRole="button" onClick={add}>
          <View className="gt-photos__plus">+</View>
          <View className="gt-photos__label">{photosText.add}</View>
          <View className="gt-photos__count">{photosText.count(photos.length, max)}</View>
        </View>
      )}
    </View>
  );
}
