import { View } from '@tarojs/components';
import Icon from '@/components/Icon';
import type { CategoryDto } from '@contract';
import { cx } from '@/utils/cx';
import './index.scss';

interface CategoryGridProps {
  categories: CategoryDto[];
  selected: string | null;
  onSelect: (category: CategoryDto) => void;
}

/** Big category buttons, two to a row: an icon and the name, easy to hit for an old hand. */
export default function CategoryGrid({ categories, selected, onSelect }: CategoryGridProps) {
  return (
    <View className="gt-categories">
      {categories.map((category) => (
        <View
          key={category.id}
          className={cx('gt-categories__item', category.id === selected && 'gt-categories__item--selected')}
          hoverClass="gt-categories__item--active"
          ariaRole="button"
          ariaLabel={category.name}
          data-category={category.id}
          onClick={() => onSelect(category)}
        >
          <Icon value={category.icon} size={36} className="gt-categories__icon" />
          <View className="gt-categories__name">{category.name}</View>
        </View>
      ))}
    </View>
  );
}
