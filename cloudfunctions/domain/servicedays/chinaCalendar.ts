/**
 * Calendar arithmetic in China time (UTC+8, no daylight saving), whatever
 * the time zone of the machine running it: cloud functions run in UTC, a
 * developer's laptop may not.
 */

import { chinaDate, chinaWallClock, fromChinaWallClock } from '../shared/chinaTime';

/** A calendar day in China time, `YYYY-MM-DD`. */
export type LocalDate = string;

const DAY_MS = 24 * 3600_000;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function utcMidnight(date: LocalDate): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

function fromUtcMidnight(ms: number): LocalDate {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** The China calendar day an instant falls on. */
export function localDateOf(instant: Date): LocalDate {
  return chinaDate(instant);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromUtcMidnight(utcMidnight(date) + days * DAY_MS);
}

/** Whole days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return Math.round((utcMidnight(b) - utcMidnight(a)) / DAY_MS);
}

/** 1 = Monday … 7 = Sunday, as Chinese weekdays are numbered (周一 … 周日). */
export function weekdayOf(date: LocalDate): number {
  const day = new Date(utcMidnight(date)).getUTCDay();
  return day === 0 ? 7 : day;
}

export function dayOfMonth(date: LocalDate): number {
  return Number(date.slice(8, 10));
}

/** `HH:MM` → minutes after midnight. */
export function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return h * 60 + m;
}

/** Minutes after midnight → `HH:MM`. */
export function clockTime(minutes: number): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** The instant a China wall-clock time happens on a date. */
export function instantAt(date: LocalDate, time: string): Date {
  return fromChinaWallClock(utcMidnight(date) + minutesOf(time) * 60_000);
}

/** `2026-03-04` → `20260304`, for document ids. */
export function compactDate(date: LocalDate): string {
  return date.replace(/-/g, '');
}

const WEEKDAY_NAMES = ['一', '二', '三', '四', '五', '六', '日'];

/** 周三 for 3. */
export function weekdayName(weekday: number): string {
  return `周${WEEKDAY_NAMES[weekday - 1] ?? ''}`;
}

/** `3月4日（周三）`, how a date is read out on a notice. */
export function describeDate(date: LocalDate): string {
  return `${Number(date.slice(5, 7))}月${dayOfMonth(date)}日（${weekdayName(weekdayOf(date))}）`;
}

/** `3月4日 09:30` for an instant, in China time. */
export function describeInstant(instant: Date): string {
  const date = localDateOf(instant);
  const shifted = chinaWallClock(instant);
  return `${Number(date.slice(5, 7))}月${dayOfMonth(date)}日 ${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}`;
}
