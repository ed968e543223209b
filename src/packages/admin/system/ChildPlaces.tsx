import { View } from '@tarojs/components';
import type { PlaceChildrenDto } from '@contract';
import { adminText } from '@/text/admin';
import PlaceNameForm from './PlaceNameForm';

const t = adminText;

interface ChildPlacesProps {
  data: PlaceChildrenDto;
  onOpen: (placeId: string) => void;
  onAdd: (name: string) => Promise<boolean>;
}

/** The places under the one shown (tap to go down), and adding one; a grid has none. */
export default function ChildPlaces({ data, onOpen, onAdd }: ChildPlacesProps) {
  if (!data.childLevel) {
    return (
      <View className="gt-admin__card">
        <View className="gt-admin__hint">{t.gridIsLowest}</View>
      </View>
    );
  }
  const level = t.levelNames[data.childLevel];
  return (
    <View className="gt-admin__card">
      <View className="gt-admin__title">{t.childrenTitle(level)}</View>
      {data.children.length === 0 && <View className="gt-admin__hint">{t.noChildren(level)}</View>}
      {data.children.map((child) => (
        <View key={child.id} className="gt-system__child" hoverClass="gt-system__child--active" onClick={() => onOpen(child.id)}>
          <View className="gt-system__child-name">{child.name}</View>
          <View className="gt-system__child-count">{t.holds[child.level](child.childCount)}</View>
          <View className="gt-system__child-go">›</View>
        </View>
      ))}
      <PlaceNameForm
        key={data.place.id}
        className="gt-system__add"
        label={t.childName(level)}
        placeholder={t.namePlaceholder[data.childLevel]}
        confirmText={t.addChild(level)}
        onSubmit={onAdd}
      />
    </View>
  );
}
