import { DomainError } from '../shared/DomainError';
import { describeDate, instantAt, type LocalDate } from './chinaCalendar';
import { fallsOn, horizonEnd, occurrences, opensAtOf, slotTimesOf } from './schedule';
import type { ServiceDay } from './ServiceDay';
import { sessionIdOf, slotKeyOf, takesPlace, type ServiceSession, type SessionSlot } from './ServiceSession';

/** The slots of a date from the service day's windows and hours, all places free. */
function freshSlots(day: ServiceDay, date: LocalDate): Record<string, SessionSlot> {
  const slots: Record<string, SessionSlot> = {};
  const times = slotTimesOf(day);
  for (const window of day.windows) {
    for (const time of times) {
      slots[slotKeyOf(window.id, time.start)] = {
        windowId: window.id,
        start: time.start,
        end: time.end,
        startsAt: instantAt(date, time.start),
        capacity: window.capacity,
        remaining: window.capacity,
      };
    }
  }
  return slots;
}

/** What a date's document copies from its service day (so a booking never needs the service day). */
function copiedFromDay(day: ServiceDay, date: LocalDate) {
  return {
    serviceDayId: day._id,
    date,
    placeId: day.placeId,
    placeName: day.placeName,
    placeLevel: day.placeLevel,
    scopeIds: day.scopeIds,
    title: day.title,
    venue: day.venue,
    startTime: day.startTime,
    endTime: day.endTime,
    cancelCutoffMinutes: day.cancelCutoffMinutes,
    maxActivePerPerson: day.maxActivePerPerson,
    opensAt: opensAtOf(date, day.horizonWeeks),
    windows: day.windows.map((w) => ({ id: w.id, name: w.name })),
  };
}

/** A new date of a service day, nobody booked yet. */
export function buildSession(day: ServiceDay, date: LocalDate, now: Date): ServiceSession {
  return {
    _id: sessionIdOf(day._id, date),
    ...copiedFromDay(day, date),
    status: 'open',
    cancelReason: null,
    slots: freshSlots(day, date),
    holders: {},
    keys: {},
    codes: {},
    bookings: [],
    events: [],
    createdAt: now,
    updatedAt: now,
  };
}

function who(booking: { name: string; code: string; phone: string }): string {
  return booking.phone ? `${booking.name}（预约码 ${booking.code}，电话 ${booking.phone}）` : `${booking.name}（预约码 ${booking.code}）`;
}

export interface RebuildResult {
  session: ServiceSession;
  /** Slots whose new capacity is below the places already taken. */
  overCapacity: string[];
  /** Booked people whose slot would disappear (window removed, hours changed). */
  orphaned: string[];
}

/**
 * A date rebuilt from the changed service day, keeping its bookings: each
 * slot's places left are the new capacity less the places already taken.
 */
export function rebuildSession(day: ServiceDay, session: ServiceSession, now: Date): RebuildResult {
  const slots = freshSlots(day, session.date);
  const overCapacity: string[] = [];
  const orphaned: string[] = [];
  const windowName = (id: string) => day.windows.find((w) => w.id === id)?.name ?? session.windows.find((w) => w.id === id)?.name ?? id;
  for (const [key, slot] of Object.entries(slots)) {
    const holders = session.bookings.filter((b) => takesPlace(b) && b.slotKey === key);
    slot.remaining = slot.capacity - holders.length;
    if (slot.remaining < 0) {
      overCapacity.push(
        `${describeDate(session.date)} ${windowName(slot.windowId)} ${slot.start}–${slot.end}：已约${holders.length}人，新名额${slot.capacity}人。${holders.map(who).join('、')}`,
      );
    }
  }
  // A settled booking whose slot leaves the schedule keeps its hours on the record.
  const bookings = session.bookings.map((booking) => {
    const old = booking.slotKey ? session.slots[booking.slotKey] : undefined;
    if (!old || (booking.slotKey && slots[booking.slotKey])) return booking;
    return { ...booking, start: booking.start ?? old.start, end: booking.end ?? old.end };
  });
  for (const booking of bookings) {
    if (booking.status !== 'booked' || booking.slotKey === null || slots[booking.slotKey]) continue;
    orphaned.push(
      `${describeDate(session.date)} ${windowName(booking.windowId)} ${booking.start ?? ''}–${booking.end ?? ''}：${who(booking)}`,
    );
  }
  return {
    session: { ...session, ...copiedFromDay(day, session.date), slots, bookings, status: 'open', updatedAt: now },
    overCapacity,
    orphaned,
  };
}

export interface SchedulePlan {
  creates: ServiceSession[];
  updates: ServiceSession[];
}

/**
 * What a change to a service day does to its coming dates (today on): each
 * existing date is rebuilt, dates it no longer falls on are withdrawn, new
 * dates within the horizon are created. Refused as a whole, with the
 * bookings concerned, when a booked person would lose their place.
 */
export function planScheduleChange(day: ServiceDay, existing: ServiceSession[], today: LocalDate, now: Date): SchedulePlan {
  const updates: ServiceSession[] = [];
  const overCapacity: string[] = [];
  const orphaned: string[] = [];
  const cancelled = new Set(day.cancelledDates.map((c) => c.date));
  for (const session of existing) {
    if (session.date < today || session.status === 'cancelled' || cancelled.has(session.date)) continue;
    if (fallsOn(day, session.date)) {
      const rebuilt = rebuildSession(day, session, now);
      overCapacity.push(...rebuilt.overCapacity);
      orphaned.push(...rebuilt.orphaned);
      updates.push(rebuilt.session);
      continue;
    }
    const booked = session.bookings.filter((b) => b.status === 'booked');
    if (booked.length > 0) {
      orphaned.push(...booked.map((b) => `${describeDate(session.date)}：${who(b)}`));
    } else if (session.status !== 'withdrawn') {
      updates.push({ ...session, status: 'withdrawn', updatedAt: now });
    }
  }
  if (overCapacity.length > 0) throw new DomainError('CAPACITY_BELOW_BOOKED', undefined, undefined, [...overCapacity, ...orphaned]);
  if (orphaned.length > 0) throw new DomainError('SLOTS_IN_USE', undefined, undefined, orphaned);
  const known = new Set(existing.map((s) => s.date));
  const creates = occurrences(day, today, horizonEnd(today, day.horizonWeeks))
    .filter((o) => !o.cancelled && !known.has(o.date))
    .map((o) => buildSession(day, o.date, now));
  return { creates, updates };
}

/** Dates within the horizon that have no document yet (the daily timer and a new service day create them). */
export function missingSessions(day: ServiceDay, existingDates: Set<LocalDate>, today: LocalDate, now: Date): ServiceSession[] {
  if (!day.active) return [];
  return occurrences(day, today, horizonEnd(today, day.horizonWeeks))
    .filter((o) => !o.cancelled && !existingDates.has(o.date))
    .map((o) => buildSession(day, o.date, now));
}
