import { View } from '@tarojs/components';
import { cx } from '@/utils/cx';
import { axisTicks, barPercent } from './axis';
import './index.scss';

export interface Bar {
  key: string;
  label: string;
  /** null: nothing to measure (a grid with nothing finished): listed with its caption, no bar drawn. */
  value: number | null;
  /** Shown beside the bar instead of the value (e.g. "62分", "暂无"). */
  caption?: string;
  /** A second line under the label: what the figure rests on (e.g. "按时办结 9/10"). */
  detail?: string;
  /** Drawn in the warning colour (a score below 80). */
  alert?: boolean;
}

/**
 * A horizontal bar chart made of views, identical on weapp and H5: each
 * row is the whole label (it wraps, never cut), then the bar and its figure;
 * under the rows, a value axis with three ticks. Text follows the page's
 * font sizes, so it grows with 长辈模式 and stays readable to screen readers.
 */
export default function BarChart({ bars, max }: { bars: Bar[]; max?: number }) {
  const measured = bars.flatMap((b) => (b.value === null ? [] : [b.value]));
  const ticks = axisTicks(measured, max);
  const end = ticks[ticks.length - 1];
  return (
    <View className="gt-chart">
      {bars.map((bar) => (
        <View
          key={bar.key}
          className={cx('gt-chart__row', bar.alert && 'gt-chart__row--alert', bar.value === null && 'gt-chart__row--none')}
        >
          <View className="gt-chart__label">{bar.label}</View>
          {bar.detail && <View className="gt-chart__detail">{bar.detail}</View>}
          <View className="gt-chart__line">
            <View className="gt-chart__track">
              {bar.value !== null && <View className="gt-chart__fill" style={{ width: `${barPercent(bar.value, end)}%` }} />}
            </View>
            <View className="gt-chart__value">{bar.caption ?? String(bar.value)}</View>
          </View>
        </View>
      ))}
      <View className="gt-chart__axis">
        <View className="gt-chart__ticks">
          {ticks.map((tick, i) => (
            <View key={i} className={cx('gt-chart__tick', `gt-chart__tick--${['start', 'middle', 'end'][i]}`)}>
              {tick}
            </View>
          ))}
        </View>
        <View className="gt-chart__value gt-chart__value--pad" />
      </View>
    </View>
  );
}
