import { View } from '@tarojs/components';
import { cx } from '@/utils/cx';
import './index.scss';

export interface Choice {
  value: string;
  label: string;
}

interface ChoiceChipsProps {
  options: Choice[];
  selected: readonly string[];
  onToggle: (value: string) => void;
  className?: string;
}

/** Big tappable choices (one or several selected), easier than a picker for elderly hands. */
export default function ChoiceChips({ options, selected, onToggle, className }: ChoiceChipsProps) {
  return (
    <View className={cx('gt-chips', className)}>
      {options.map((option) => {
        const on = selected.includes(option.value);
        return (
          <View
            key={option.value}
            className={cx('gt-chips__chip', on && 'gt-chips__chip--on')}
            hoverClass="gt-chips__chip--active"
            ariaRole="checkbox"
            ariaLabel={on ? `${option.label}（已选）` : option.label}
            data-value={option.value}
            onClick={() => onToggle(option.value)}
          >
            {option.label}
          </View>
        );
      })}
    </View>
  );
}
