import { View } from '@tarojs/components';
import type { PlaceDto } from '@contract';
import { cx } from '@/utils/cx';

interface BreadcrumbsProps {
  /** From the administrator's scope down to the place shown, which comes last. */
  places: PlaceDto[];
  onOpen: (placeId: string) => void;
}

/** 望江县 › 凉泉乡 › 湖滨村: each place above the current one is a big tap target back up. */
export default function Breadcrumbs({ places, onOpen }: BreadcrumbsProps) {
  return (
    <View className="gt-system__crumbs">
      {places.map((place, index) => {
        const current = index === places.length - 1;
        return (
          <View key={place.id} className="gt-system__crumb-item">
            {index > 0 && <View className="gt-system__crumb-sep">›</View>}
            <View
              className={cx('gt-system__crumb', current && 'gt-system__crumb--current')}
              hoverClass={current ? 'none' : 'gt-system__crumb--active'}
              onClick={() => !current && onOpen(place.id)}
            >
              {place.name}
            </View>
          </View>
        );
      })}
    </View>
  );
}
