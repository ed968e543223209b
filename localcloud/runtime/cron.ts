/**
 * WeChat cloud timer triggers: 7 fields, `second minute hour day month weekday year`,
 * each `*`, a number, a name (JAN, MON), a range `a-b`, a list `a,b`, or a step
 * `x/n`. Times are China time (UTC+8), as on WeChat cloud.
 */
export interface CronSchedule {
  readonly expression: string;
  /** Whether the schedule fires at this second (epoch ms, any ms within the second). */
  matches(epochMs: number): boolean;
}

const BEIJING_OFFSET_MS = 8 * 3600_000;

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const WEEKDAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

interface FieldSpec {
  min: number;
  max: number;
  names?: string[];
  /** Value the first name stands for (JAN = 1, SUN = 0). */
  nameBase?: number;
}

const FIELDS: FieldSpec[] = [
  { min: 0, max: 59 },
  { min: 0, max: 59 },
  { min: 0, max: 23 },
  { min: 1, max: 31 },
  { min: 1, max: 12, names: MONTHS, nameBase: 1 },
  { min: 0, max: 7, names: WEEKDAYS, nameBase: 0 },
  { min: 1970, max: 2199 },
];

function parseValue(text: string, spec: FieldSpec): number {
  const upper = text.toUpperCase();
  const named = spec.names?.indexOf(upper) ?? -1;
  if (named >= 0) return named + (spec.nameBase ?? 0);
  if (!/^\d+$/.test(text)) throw new Error(`invalid cron value "${text}"`);
  const n = Number(text);
  if (n < spec.min || n > spec.max) throw new Error(`cron value ${n} out of range ${spec.min}-${spec.max}`);
  return n;
}

/** null means "any" (the field is unrestricted). */
function parseField(text: string, spec: FieldSpec): Set<number> | null {
  if (text === '*' || text === '?') return null;
  const values = new Set<number>();
  for (const part of text.split(',')) {
    const [rangeText, stepText] = part.split('/');
    const step = stepText === undefined ? 1 : Number(stepText);
    if (!Number.isInteger(step) || step < 1) throw new Error(`invalid cron step in "${part}"`);
    let from: number;
    let to: number;
    if (rangeText === '*') {
      from = spec.min;
      to = spec.max;
    } else if (rangeText.includes('-')) {
      const [a, b] = rangeText.split('-');
      from = parseValue(a, spec);
      to = parseValue(b, spec);
    } else {
      from = parseValue(rangeText, spec);
      to = stepText === undefined ? from : spec.max;
    }
    if (from > to) throw new Error(`invalid cron range "${rangeText}"`);
    for (let v = from; v <= to; v += step) values.add(v);
  }
  return values;
}

export function parseCron(expression: string): CronSchedule {
  const parts = expression.trim().split(/\s+/);
  if (parts.length !== 7) throw new Error(`cron "${expression}" must have 7 fields (second minute hour day month weekday year)`);
  const [sec, min, hour, day, month, weekday, year] = parts.map((p, i) => parseField(p, FIELDS[i]));
  // Weekday 7 is Sunday too.
  if (weekday?.has(7)) weekday.add(0);
  const has = (set: Set<number> | null, v: number) => set === null || set.has(v);

  return {
    expression,
    matches(epochMs: number): boolean {
      const d = new Date(epochMs + BEIJING_OFFSET_MS);
      if (!has(sec, d.getUTCSeconds()) || !has(min, d.getUTCMinutes()) || !has(hour, d.getUTCHours())) return false;
      if (!has(month, d.getUTCMonth() + 1) || !has(year, d.getUTCFullYear())) return false;
      const dayOk = has(day, d.getUTCDate());
      const weekdayOk = has(weekday, d.getUTCDay());
      // Like classic cron: when both are restricted, either may match.
      return day !== null && weekday !== null ? dayOk || weekdayOk : dayOk && weekdayOk;
    },
  };
}
