/** Below this an assessment is highlighted (a grid member is called in for a talk, 凉泉). */
export const LOW_SCORE = 80;

const round1 = (value: number) => Math.round(value * 10) / 10;

/** On-time rate, satisfaction and the assessment score of a grid or a grid member. */
export interface Assessment {
  /** Requests finished (resolved or closed). */
  finished: number;
  onTime: number;
  /** onTime / finished, 0..1; null with nothing finished. */
  onTimeRate: number | null;
  rated: number;
  /** Average stars 1..5, one decimal; null without ratings. */
  avgStars: number | null;
  /** 100 × (0.6 × on-time rate + 0.4 × avgStars / 5), one decimal; without ratings 100 × on-time rate; null with nothing finished. */
  score: number | null;
  /** Score below LOW_SCORE (80): called in for a talk. */
  low: boolean;
}

/**
 * The assessment score (考核分), 0..100:
 *   score = 100 × (0.6 × onTimeRate + 0.4 × avgStars / 5)
 * where onTimeRate = finished on time / finished, avgStars the average
 * rating (1..5). Without any rating the on-time rate stands for both parts
 * (score = 100 × onTimeRate). Nothing finished: no score.
 */
export function assess(figures: { finished: number; onTime: number; rated: number; starsSum: number }): Assessment {
  const { finished, onTime, rated, starsSum } = figures;
  const onTimeRate = finished > 0 ? onTime / finished : null;
  const avgStars = rated > 0 ? starsSum / rated : null;
  let score: number | null = null;
  if (onTimeRate !== null) {
    score = round1(avgStars === null ? 100 * onTimeRate : 100 * (0.6 * onTimeRate + 0.4 * (avgStars / 5)));
  }
  return {
    finished,
    onTime,
    onTimeRate,
    rated,
    avgStars: avgStars === null ? null : round1(avgStars),
    score,
    low: score !== null && score < LOW_SCORE,
  };
}
