import type { FigurePeriodKind } from '@contract';
import ChoiceChips from '@/components/ChoiceChips';
import SegmentTabs from '@/components/SegmentTabs';
import { chinaWallClock } from '@/utils/time';

/** A month or a quarter of a year: the period the agents' figures (代办补贴) are counted over. */
export interface FigurePeriod {
  kind: FigurePeriodKind;
  year: number;
  /** 1–12 for a month, 1–4 for a quarter. */
  number: number;
}

/** This month, or this quarter, in China time. */
export function currentFigurePeriod(kind: FigurePeriodKind, now: Date = new Date()): FigurePeriod {
  const wall = chinaWallClock(now);
  const month = wall.getUTCMonth() + 1;
  return { kind, year: wall.getUTCFullYear(), number: kind === 'month' ? month : Math.ceil(month / 3) };
}

/** The words of the choice, from the page's own text (a subpackage's words ship with it). */
export interface FigurePeriodWords {
  month: string;
  quarter: string;
  monthN: (n: number) => string;
  quarterN: (n: number) => string;
}

interface FigurePeriodPickerProps {
  period: FigurePeriod;
  onChange: (period: FigurePeriod) => void;
  words: FigurePeriodWords;
}

/** 按月 / 按季度, then which one of this year: the same choice on 代办统计 and on the 工作台. */
export default function FigurePeriodPicker({ period, onChange, words }: FigurePeriodPickerProps) {
  const numbers = period.kind === 'month' ? [...Array(12).keys()].map((i) => i + 1) : [1, 2, 3, 4];
  return (
    <>
      <SegmentTabs
        options={[
          { key: 'month', label: words.month },
          { key: 'quarter', label: words.quarter },
        ]}
        current={period.kind}
        onChange={(kind) => onChange(currentFigurePeriod(kind))}
      />
      <ChoiceChips
        className="gt-figure-period__numbers"
        options={numbers.map((n) => ({ value: String(n), label: period.kind === 'month' ? words.monthN(n) : words.quarterN(n) }))}
        selected={[String(period.number)]}
        onToggle={(value) => onChange({ ...period, number: Number(value) })}
      />
    </>
  );
}
