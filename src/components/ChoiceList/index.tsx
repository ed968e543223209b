import { View } from '@tarojs/components';
import { cx } from '@/utils/cx';
import './index.scss';

interface ChoiceListProps<K extends string> {
  options: Array<{ key: K; label: string }>;
  selected: K | null;
  onSelect: (key: K) => void;
}

/** One choice among a few, as big full-width buttons (grids, reasons, the original of a duplicate). */
export default function ChoiceList<K extends string>({ options, selected, onSelect }: ChoiceListProps<K>) {
  return (
    <View className="gt-choices">
      {options.map((option) => (
        <View
          key={option.key}
          className={cx('gt-choices__item', option.key === selected && 'gt-choices__item--selected')}
          hoverClass="gt-choices__item--active"
          data-choice={option.key}
          onClick={() => onSelect(option.key)}
        >
          {option.label}
        </View>
      ))}
    </View>
  );
}

/** Grids as choices: "村 网格". */
export function gridOptions(
  rows: Array<{ grid: { id: string; name: string }; village: { name: string } }>,
): Array<{ key: string; label: string }> {
  return rows.map(({ grid, village }) => ({ key: grid.id, label: `${village.name} ${grid.name}` }));
}
