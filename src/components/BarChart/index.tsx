import { View } from '@tarojs/components';
import './index.scss';

export interface Bar {
  key: string;
  label: string;
  value: number;
  /** Shown at the end of the bar instead of the value (e.g. "62分"). */
  caption?: string;
  /** Drawn in the warning colour (a score below 80). */
  alert?: boolean;
}

/**
 * A horizontal bar chart drawn with views: the same on weapp and H5, no
 * canvas, readable at 长辈模式 sizes (the label above, the bar and its
 * number below).
 */
export default function BarChart({ bars, max }: { bars: Bar[]; max?: number }) {
  const top = Math.max(max ?? 0, ...bars.map((b) => b.value), 1);
  return (
    <View className="gt-bars">
      {bars.map((bar) => (
        <View key={bar.key} className="gt-bars__row">
          <View className="gt-bars__label">{bar.label}</View>
          <View className="gt-bars__track">
            <View
              className={`gt-bars__bar${bar.alert ? ' gt-bars__bar--alert' : ''}`}
              style={{ width: `${Math.max(2, (bar.value / top) * 100)}%` }}
            />
            <View className={`gt-bars__value${bar.alert ? ' gt-bars__value--alert' : ''}`}>{bar.caption ?? String(bar.value)}</View>
          </View>
        </View>
      ))}
    </View>
  );
}
