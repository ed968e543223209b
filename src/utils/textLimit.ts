import { textLength, textLimits } from '@contract/textLimits';
import { commonText } from '@/text/common';

export { textLimits, textLength };

/**
 * Inputs never cut what is typed, pasted or dictated (weapp and H5 both cap
 * at 140 characters unless told otherwise): the limit is shown by a counter
 * and refused with a message instead.
 */
export const UNCUT = -1;

/** How many characters to remove so the text fits (0 when it fits). */
export function excessOf(value: string, max: number): number {
  return Math.max(0, textLength(value) - max);
}

/** The inline message for a text over its limit, or undefined when it fits. */
export function overLimit(value: string, max: number): string | undefined {
  const excess = excessOf(value, max);
  return excess > 0 ? commonText.limit.over(max, excess) : undefined;
}

/** A required text: the words for a missing one, the limit message for one too long, else undefined. */
export function requiredText(value: string, missing: string, max: number, min = 1): string | undefined {
  return textLength(value) >= min ? overLimit(value, max) : missing;
}

/** The over-limit message of each text that is too long, by field. */
export function limitProblems<F extends string>(texts: Record<F, [value: string, max: number]>): Partial<Record<F, string>> {
  const problems: Partial<Record<F, string>> = {};
  for (const field of Object.keys(texts) as F[]) {
    const [value, max] = texts[field];
    problems[field] = overLimit(value, max);
  }
  return problems;
}
