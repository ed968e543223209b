import { Canvas, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import uCharts from '@qiun/ucharts';
import { useEffect, useState } from 'react';
import { cx } from '@/utils/cx';
import './index.scss';

export interface Bar {
  key: string;
  label: string;
  value: number;
  /** Shown beside the label instead of the value (e.g. "62分"). */
  caption?: string;
  /** Drawn in the warning colour (a score below 80). */
  alert?: boolean;
}

/** The theme's primary and danger colours (src/theme/tokens.scss); a canvas cannot read CSS variables. */
const BAR_COLOUR = '#1d5fc4';
const ALERT_COLOUR = '#c62828';
/** Canvas height per bar, in CSS pixels: room for a thick bar and its label. */
const ROW_HEIGHT = 44;
const AXIS_HEIGHT = 40;

let chartCount = 0;

/**
 * The drawing surface. On H5 a plain <canvas>: Taro's H5 Canvas resets its
 * bitmap (and so erases the chart) whenever it re-renders; the weapp build
 * uses the mini-program's own 2d canvas.
 */
const Surface = (process.env.TARO_ENV === 'h5' ? 'canvas' : Canvas) as typeof Canvas;

/**
 * A horizontal bar chart drawn by uCharts (a canvas chart library that runs
 * in mini-programs and browsers) on a 2d canvas. The figures are also listed
 * under it in text, so they stay readable at 长辈模式 sizes and to screen readers.
 */
export default function BarChart({ bars, max }: { bars: Bar[]; max?: number }) {
  const [canvasId] = useState(() => `gt-chart-${(chartCount += 1)}`);
  const height = AXIS_HEIGHT + ROW_HEIGHT * Math.max(bars.length, 1);
  const signature = JSON.stringify([bars, max]);

  useEffect(() => {
    let stale = false;
    Taro.nextTick(() => {
      const query = Taro.createSelectorQuery();
      query.select(`#${canvasId}`).node();
      query.select(`#${canvasId}`).boundingClientRect();
      query.exec((results) => {
        const canvas = (results?.[0] as { node?: Taro.Canvas } | undefined)?.node;
        const box = results?.[1] as { width: number; height: number } | undefined;
        if (stale || !canvas || !box?.width) return;
        drawBars(canvas, box.width, box.height, bars, max);
      });
    });
    return () => {
      stale = true;
    };
    // `signature` stands for bars and max: redraw only when the figures change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [canvasId, signature]);

  return (
    <View className="gt-chart">
      <Surface type="2d" id={canvasId} className="gt-chart__canvas" style={{ height: `${height}px` }} />
      <View className="gt-chart__figures">
        {bars.map((bar) => (
          <View key={bar.key} className={cx('gt-chart__figure', bar.alert && 'gt-chart__figure--alert')}>
            <View className="gt-chart__label">{bar.label}</View>
            <View className="gt-chart__value">{bar.caption ?? String(bar.value)}</View>
          </View>
        ))}
      </View>
    </View>
  );
}

function drawBars(canvas: Taro.Canvas, width: number, height: number, bars: Bar[], max: number | undefined): void {
  const ratio = Taro.getSystemInfoSync().pixelRatio || 1;
  canvas.width = width * ratio;
  canvas.height = height * ratio;
  // Four whole-number steps on the value axis (counts and scores, never 0.4 of a request).
  const top = Math.ceil(Math.max(max ?? 0, ...bars.map((b) => b.value), 1) / 4) * 4;
  // uCharts draws straight away; the instance is not needed afterwards.
  new uCharts({
    type: 'bar',
    context: canvas.getContext('2d'),
    width: width * ratio,
    height: height * ratio,
    pixelRatio: ratio,
    animation: false,
    background: '#FFFFFF',
    fontSize: 14,
    padding: [8, 24, 8, 8],
    legend: { show: false },
    dataLabel: true,
    categories: bars.map((b) => b.label),
    series: [{ name: '', data: bars.map((b) => ({ value: b.value, color: b.alert ? ALERT_COLOUR : BAR_COLOUR })) }],
    xAxis: { min: 0, max: top, splitNumber: 4, boundaryGap: 'justify', axisLine: false },
    yAxis: {},
    extra: { bar: { type: 'group', width: 22, categoryGap: 2 } },
  });
}
