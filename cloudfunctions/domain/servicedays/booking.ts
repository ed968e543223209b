import { DomainError } from '../shared/DomainError';
import { describeInstant } from './chinaCalendar';
import type { Actor } from './ServiceDay';
import type { BookingEvent, BookingEventType, BookingRecord, ServiceSession } from './ServiceSession';

export interface BookingRequest {
  openid: string;
  name: string;
  phone: string;
  slotKey: string;
  requestKey: string;
}

export function bookingEvent(
  type: BookingEventType,
  code: string | null,
  actor: Actor,
  now: Date,
  reason: string | null = null,
): BookingEvent {
  return { type, code, by: actor.openid, byName: actor.name, byRole: actor.role, at: now, reason };
}

/**
 * The record an online booking adds. It is written without reading the date
 * first, so the window comes from the slot key (`w1_0900`) and the hours
 * stay on the date's slots (rebuildSession copies them onto the record
 * should the slot ever leave the schedule).
 */
export function newBooking(request: BookingRequest, code: string, now: Date): BookingRecord {
  return {
    code,
    requestKey: request.requestKey,
    openid: request.openid,
    name: request.name,
    phone: request.phone,
    windowId: request.slotKey.split('_')[0],
    slotKey: request.slotKey,
    start: null,
    end: null,
    source: 'online',
    status: 'booked',
    createdAt: now,
    createdBy: request.openid,
    cancelledAt: null,
    cancelledBy: null,
    cancelledByRole: null,
    cancelReason: null,
    dayCancelled: false,
    checkedInAt: null,
    checkedInBy: null,
    noShowAt: null,
    noShowBy: null,
    remindedAt: null,
    notifiedAt: null,
  };
}

/**
 * The booking a request key already made, as the answer to that key sent
 * again: the same request (same slot) is answered with it; the key sent for
 * another slot is another request under a used key (KEY_REUSED), never
 * answered with the first booking as if it were the one asked for.
 */
export function retriedBooking(booking: BookingRecord, slotKey: string | null): BookingRecord {
  if (booking.slotKey !== slotKey) throw new DomainError('KEY_REUSED');
  return booking;
}

export type BookingVerdict = { kind: 'existing'; booking: BookingRecord } | { kind: 'book'; maxActivePerPerson: number };

/**
 * Whether a booking may be made, read from the date with the person's own
 * bookings there: the request already served (a retry or a double tap: the
 * same booking is answered), or refused with the reason a resident
 * understands, or to be made (the writes check the places and the
 * per-person limit again, atomically).
 */
export function decideBooking(session: ServiceSession | null, request: BookingRequest, now: Date): BookingVerdict {
  if (!session || session.status === 'withdrawn') {
    throw new DomainError('NOT_FOUND', '没有找到这一天的便民服务日，请刷新后重新选择');
  }
  if (session.keys[request.requestKey] !== undefined) {
    const booking = session.bookings.find((b) => b.requestKey === request.requestKey);
    if (booking && booking.openid === request.openid) return { kind: 'existing', booking: retriedBooking(booking, request.slotKey) };
    throw new DomainError('CONFLICT', '这次预约请求编号已被使用，请刷新后重新预约');
  }
  if (session.status === 'cancelled') {
    throw new DomainError('DAY_CANCELLED', session.cancelReason ? `这一天的便民服务日已取消：${session.cancelReason}` : undefined);
  }
  const slot = session.slots[request.slotKey];
  if (!slot) throw new DomainError('NOT_FOUND', '没有这个时段，请刷新后重新选择');
  if (now.getTime() < new Date(session.opensAt).getTime()) {
    throw new DomainError('BOOKING_NOT_OPEN', `这一天从${describeInstant(session.opensAt)}开始预约，请到时再来`);
  }
  if (new Date(slot.startsAt).getTime() <= now.getTime()) throw new DomainError('BOOKING_CLOSED');
  if ((session.holders[request.openid] ?? 0) >= session.maxActivePerPerson) throw alreadyBooked(session.maxActivePerPerson);
  if (slot.remaining <= 0) throw new DomainError('SLOT_FULL');
  return { kind: 'book', maxActivePerPerson: session.maxActivePerPerson };
}

/** The per-person limit reached. */
export function alreadyBooked(maxActivePerPerson: number): DomainError {
  return new DomainError(
    'ALREADY_BOOKED',
    maxActivePerPerson > 1 ? `您这一天已经有${maxActivePerPerson}个预约了，不能再约；如需改时间，请先取消原来的预约` : undefined,
  );
}

/**
 * The date after a booking, in memory: what the booking's conditional update
 * does in the database (the demo seed and tests use it).
 */
export function withBooking(session: ServiceSession, booking: BookingRecord, event: BookingEvent): ServiceSession {
  const slots = { ...session.slots };
  if (booking.slotKey) {
    const slot = slots[booking.slotKey];
    if (!slot || slot.remaining <= 0) throw new DomainError('SLOT_FULL');
    slots[booking.slotKey] = { ...slot, remaining: slot.remaining - 1 };
  }
  const holders = { ...session.holders };
  if (booking.openid) holders[booking.openid] = (holders[booking.openid] ?? 0) + 1;
  return {
    ...session,
    slots,
    holders,
    keys: { ...session.keys, [booking.requestKey]: booking.code },
    codes: { ...session.codes, [booking.code]: true },
    bookings: [...session.bookings, booking],
    events: [...session.events, event],
  };
}
