import type { KeywordType } from './keyword-types';

/**
 * What WeChat accepts as the value of each keyword type of a subscribe
 * message (订阅消息参数值内容限制说明, subscribeMessage.send). Where the
 * documentation leaves doubt the rule is stricter: no emoji or other
 * characters outside the Basic Multilingual Plane in `thing`, no control or
 * invisible characters anywhere, time and date only in the documented
 * shapes (2019年10月1日 15:01) or YYYY-MM-DD, no spaces in codes.
 */

const HAN = /\p{Script=Han}/u;
const INVISIBLE = /\p{C}/u;
const ASTRAL = /[\u{10000}-\u{10FFFF}]/u;
const LETTERS = /^[A-Za-z]+$/;

function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const DATE_PART = /^(\d{4})(?:年(\d{1,2})月(\d{1,2})日|-(\d{2})-(\d{2}))$/;
const CLOCK_PART = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

function isDatePart(text: string): boolean {
  const m = DATE_PART.exec(text);
  if (!m) return false;
  return isValidDate(Number(m[1]), Number(m[2] ?? m[4]), Number(m[3] ?? m[5]));
}

function isClockPart(text: string): boolean {
  const m = CLOCK_PART.exec(text);
  return !!m && Number(m[1]) < 24 && Number(m[2]) < 60 && (m[3] === undefined || Number(m[3]) < 60);
}

/** One point in time: `15:01`, or a date and a time. */
function isTimePoint(text: string): boolean {
  const parts = text.split(' ');
  if (parts.length === 1) return isClockPart(parts[0]);
  return parts.length === 2 && isDatePart(parts[0]) && isClockPart(parts[1]);
}

/** One date, optionally with a time. */
function isDatePoint(text: string): boolean {
  const parts = text.split(' ');
  if (parts.length === 1) return isDatePart(parts[0]);
  return parts.length === 2 && isDatePart(parts[0]) && isClockPart(parts[1]);
}

/** A point, or two joined by `~` (a period). */
function pointOrPeriod(text: string, isPoint: (t: string) => boolean): boolean {
  const points = text.split('~').map((p) => p.trim());
  return points.length <= 2 && points.every(isPoint);
}

function isName(chars: string[]): boolean {
  if (chars.some((c) => HAN.test(c))) {
    // A Chinese name, letters mixed in or not, counts as Chinese: 10 at most.
    return chars.length <= 10 && chars.every((c) => HAN.test(c) || /^[A-Za-z·]$/.test(c));
  }
  return chars.length <= 20 && chars.every((c) => /^[A-Za-z]$/.test(c) || /^[^\p{L}\p{N}\s]$/u.test(c));
}

function isCarNumber(chars: string[]): boolean {
  if (chars.length < 2 || chars.length > 8) return false;
  return chars.every((c, i) => /^[A-Za-z0-9]$/.test(c) || ((i === 0 || i === chars.length - 1) && HAN.test(c)));
}

const RULES: Record<KeywordType, (value: string, chars: string[]) => boolean> = {
  thing: (value, chars) => chars.length <= 20 && !ASTRAL.test(value),
  number: (value) => /^\d+(\.\d+)?$/.test(value) && value.replace('.', '').length <= 32,
  letter: (value) => value.length <= 32 && LETTERS.test(value),
  symbol: (value, chars) => chars.length <= 5 && /^[^\p{L}\p{N}\s]+$/u.test(value) && !ASTRAL.test(value),
  character_string: (value) => /^[\x21-\x7E]{1,32}$/.test(value),
  time: (value) => pointOrPeriod(value, isTimePoint),
  date: (value) => pointOrPeriod(value, isDatePoint),
  amount: (value) => /^[¥￥$€£]\d{1,10}(\.\d{1,2})?元?$/.test(value),
  phone_number: (value) => /^[0-9+\-()]{1,17}$/.test(value) && /\d/.test(value),
  car_number: (_value, chars) => isCarNumber(chars),
  name: (_value, chars) => isName(chars),
  phrase: (value) => /^\p{Script=Han}{1,5}$/u.test(value),
};

/**
 * Why WeChat would refuse `value` for a keyword of `type` (47003, "argument
 * invalid! data.<keyword>.value …"), or null when it is accepted.
 */
export function keywordValueProblem(type: KeywordType, value: unknown): string | null {
  if (typeof value !== 'string') return 'is not a string';
  if (value.trim() === '') return 'is empty';
  if (INVISIBLE.test(value)) return 'invalid';
  return RULES[type](value, [...value]) ? null : 'invalid';
}
