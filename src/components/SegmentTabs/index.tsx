import { View } from '@tarojs/components';
import { cx } from '@/utils/cx';
import './index.scss';

interface SegmentTabsProps<K extends string> {
  options: Array<{ key: K; label: string }>;
  current: K;
  onChange: (key: K) => void;
}

/** Two or three big tabs in a row, the current one filled. */
export default function SegmentTabs<K extends string>({ options, current, onChange }: SegmentTabsProps<K>) {
  return (
    <View className="gt-segments">
      {options.map((option) => (
        <View
          key={option.key}
          className={cx('gt-segments__tab', option.key === current && 'gt-segments__tab--current')}
          data-tab={option.key}
          onClick={() => option.key !== current && onChange(option.key)}
        >
          {option.label}
        </View>
      ))}
    </View>
  );
}
