import { Text, View } from '@tarojs/components';
import type { PlaceDto } from '@contract';
import { gridPickerText } from '@/text/gridPicker';
import { cx } from '@/utils/cx';

interface VillageGridsProps {
  village: PlaceDto;
  grids: PlaceDto[];
  currentGridId: string | null;
  onChoose: (village: PlaceDto, grid: PlaceDto) => void;
}

/** One village and its grids as big tappable tiles, the person's current grid marked. */
export default function VillageGrids({ village, grids, currentGridId, onChoose }: VillageGridsProps) {
  return (
    <View className="gt-picker__village">
      <View className="gt-picker__village-name">{village.name}</View>
      {grids.length === 0 ? (
        <View className="gt-picker__empty">{gridPickerText.noGrids}</View>
      ) : (
        <View className="gt-picker__grids">
          {grids.map((grid) => (
            <View
              key={grid.id}
              className={cx('gt-picker__grid', grid.id === currentGridId && 'gt-picker__grid--current')}
              hoverClass="gt-picker__grid--active"
              data-grid-id={grid.id}
              onClick={() => onChoose(village, grid)}
            >
              <Text className="gt-picker__grid-name">{grid.name}</Text>
              {grid.id === currentGridId && <Text className="gt-picker__grid-current">{gridPickerText.current}</Text>}
            </View>
          ))}
        </View>
      )}
    </View>
  );
}
