/**
 * The value axis of a bar chart: its end and the three ticks printed under
 * the bars (0, half, end). Three ticks fit under the bars at any phone width
 * and at 长辈模式 sizes; whole numbers only (never 0.4 of a request).
 */
export function axisTicks(values: number[], max?: number): number[] {
  const largest = Math.max(max ?? 0, ...values, 1);
  const end = Math.ceil(largest / 2) * 2;
  return [0, end / 2, end];
}

/** A bar's length as a share of the axis, 0..100 (a CSS percentage). */
export function barPercent(value: number, end: number): number {
  if (end <= 0) return 0;
  return Math.min(100, Math.max(0, (value / end) * 100));
}
