import { DomainError } from '../shared/DomainError';
import { addDays, describeDate, type LocalDate } from './chinaCalendar';
import { bookingEvent } from './booking';
import { fallsOn, horizonEnd } from './schedule';
import type { Actor, ServiceDay } from './ServiceDay';
import { buildSession, rebuildSession } from './sessions';
import { takesPlace, type BookingRecord, type ServiceSession } from './ServiceSession';

/** How far ahead a date may be cancelled or added: a township plans its service days a year at a time. */
export const PLANNING_DAYS_AHEAD = 366;

/** Refuses a date in the past or more than a year ahead (the day's lists of exceptions stay bounded). */
function requirePlannable(date: LocalDate, today: LocalDate, pastMessage: string): void {
  if (date < today) throw new DomainError('INVALID_INPUT', undefined, [{ path: 'date', message: pastMessage }]);
  if (date > addDays(today, PLANNING_DAYS_AHEAD)) {
    throw new DomainError('INVALID_INPUT', undefined, [{ path: 'date', message: '只能安排一年以内的日期' }]);
  }
}

export interface DateCancellation {
  day: ServiceDay;
  /** The date's document after the cancellation; null when it had none yet (beyond the horizon). */
  session: ServiceSession | null;
  /** Online bookings cancelled by it: these people get a notice. */
  cancelled: BookingRecord[];
}

/**
 * Exception: no service on a date. Every booking still waiting is cancelled
 * (kept, with the reason) and its place freed; people already served that
 * day (a cancellation at noon) stay as they are.
 */
export function planDateCancellation(
  day: ServiceDay,
  session: ServiceSession | null,
  date: LocalDate,
  reason: string,
  actor: Actor,
  today: LocalDate,
  now: Date,
): DateCancellation {
  requirePlannable(date, today, '这一天已经过去了');
  if (!fallsOn(day, date)) throw new DomainError('NOT_FOUND', `${describeDate(date)}本来就没有安排服务日`);
  if (day.cancelledDates.some((c) => c.date === date)) throw new DomainError('CONFLICT', `${describeDate(date)}已经取消过了`);
  const nextDay: ServiceDay = {
    ...day,
    version: day.version + 1,
    cancelledDates: [...day.cancelledDates, { date, reason, by: actor.openid, byName: actor.name, at: now }],
    updatedBy: actor.openid,
    updatedAt: now,
  };
  if (!session) return { day: nextDay, session: null, cancelled: [] };
  const cancelled: BookingRecord[] = [];
  const holders = { ...session.holders };
  const events = [...session.events, bookingEvent('dayCancelled', null, actor, now, reason)];
  const bookings = session.bookings.map((booking) => {
    if (booking.status !== 'booked') return booking;
    const after = cancelledWithDate(booking, actor, reason, now);
    if (booking.openid) holders[booking.openid] = Math.max(0, (holders[booking.openid] ?? 1) - 1);
    if (booking.source === 'online') cancelled.push(after);
    events.push(bookingEvent('cancelled', booking.code, actor, now, reason));
    return after;
  });
  const slots = Object.fromEntries(
    Object.entries(session.slots).map(([key, slot]) => [
      key,
      { ...slot, remaining: slot.capacity - bookings.filter((b) => takesPlace(b) && b.slotKey === key).length },
    ]),
  );
  return {
    day: nextDay,
    session: { ...session, status: 'cancelled', cancelReason: reason, bookings, holders, slots, events, updatedAt: now },
    cancelled,
  };
}

/** A waiting booking cancelled with its date, by staff, with the date's reason. */
export function cancelledWithDate(booking: BookingRecord, actor: Actor, reason: string, now: Date): BookingRecord {
  return {
    ...booking,
    status: 'cancelled',
    cancelledAt: now,
    cancelledBy: actor.openid,
    cancelledByRole: 'staff',
    cancelReason: reason,
    dayCancelled: true,
  };
}

export interface ExtraDate {
  day: ServiceDay;
  /** A date's document to create (within the horizon, none yet). */
  create: ServiceSession | null;
  /** An existing document opened again (a cancelled or withdrawn date restored). */
  reopen: ServiceSession | null;
}

/**
 * Exception: an extra date outside the recurrence, or a cancelled date
 * restored (its earlier bookings stay cancelled; people book again).
 */
export function planExtraDate(
  day: ServiceDay,
  session: ServiceSession | null,
  date: LocalDate,
  actor: Actor,
  today: LocalDate,
  now: Date,
): ExtraDate {
  requirePlannable(date, today, '不能选已经过去的日期');
  const wasCancelled = day.cancelledDates.some((c) => c.date === date);
  if (!wasCancelled && fallsOn(day, date)) throw new DomainError('CONFLICT', `${describeDate(date)}本来就是服务日`);
  const nextDay: ServiceDay = {
    ...day,
    version: day.version + 1,
    cancelledDates: day.cancelledDates.filter((c) => c.date !== date),
    extraDates: wasCancelled ? day.extraDates : [...day.extraDates, date].sort(),
    updatedBy: actor.openid,
    updatedAt: now,
  };
  if (session) {
    const rebuilt = rebuildSession(nextDay, { ...session, cancelReason: null }, now).session;
    const events = wasCancelled ? [...rebuilt.events, bookingEvent('dayReopened', null, actor, now)] : rebuilt.events;
    return { day: nextDay, create: null, reopen: { ...rebuilt, events } };
  }
  const create = date <= horizonEnd(today, day.horizonWeeks) ? buildSession(nextDay, date, now) : null;
  return { day: nextDay, create, reopen: null };
}
