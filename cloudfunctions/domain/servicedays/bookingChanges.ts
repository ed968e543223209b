import type { User } from '../people/User';
import { DomainError } from '../shared/DomainError';
import { describeInstant, localDateOf } from './chinaCalendar';
import { bookingEvent, retriedBooking } from './booking';
import { cancelDeadline } from './schedule';
import type { Actor } from './ServiceDay';
import { findBooking, takesPlace, type BookingEvent, type BookingRecord, type ServiceSession } from './ServiceSession';
import { requireStaffCovers, staffCovers } from './staffScope';

/**
 * One booking's change, for one conditional update: the record at `index`
 * goes from `before` to `after` only if it is still as it was read; a place
 * is given back and the person's active count lowered when it is cancelled.
 */
export interface BookingChange {
  index: number;
  before: BookingRecord;
  after: BookingRecord;
  event: BookingEvent;
  freesPlace: boolean;
}

function locate(session: ServiceSession, code: string): { index: number; booking: BookingRecord } {
  const found = findBooking(session, code);
  if (!found) throw new DomainError('NOT_FOUND', '没有找到这个预约码，请核对后再输入');
  return found;
}

function change(index: number, before: BookingRecord, after: BookingRecord, event: BookingEvent): BookingChange {
  return { index, before, after, event, freesPlace: takesPlace(before) && !takesPlace(after) };
}

/** When the owner may still cancel online. */
export function ownerCancelDeadline(session: ServiceSession, booking: BookingRecord): Date | null {
  const slot = booking.slotKey ? session.slots[booking.slotKey] : undefined;
  const startsAt = slot?.startsAt ?? null;
  return startsAt ? cancelDeadline(startsAt, session.cancelCutoffMinutes) : null;
}

/**
 * Cancels a booking: its owner until the cutoff before the slot, or staff
 * within jurisdiction (a resident phoned) until the slot begins. The record
 * stays, marked cancelled, with who and why; the place is freed at once.
 */
export function planCancellation(session: ServiceSession, caller: User, code: string, reason: string, now: Date): BookingChange {
  const found = findBooking(session, code);
  const owner = found !== null && found.booking.openid === caller._id;
  if (!owner) {
    if (!caller.roles.includes('staff')) throw new DomainError('NOT_FOUND', '没有找到您的这个预约');
    requireStaffCovers(caller, session);
  }
  const { index, booking } = locate(session, code);
  if (booking.status !== 'booked') {
    throw new DomainError('BOOKING_NOT_ACTIVE', booking.status === 'cancelled' ? '这个预约已经取消了' : undefined);
  }
  const startsAt = booking.slotKey ? session.slots[booking.slotKey]?.startsAt : undefined;
  if (owner) {
    const deadline = ownerCancelDeadline(session, booking);
    if (deadline && now.getTime() > deadline.getTime()) {
      throw new DomainError('CANCEL_TOO_LATE', `网上取消截止到${describeInstant(deadline)}，现在请直接联系工作人员`);
    }
  } else if (startsAt && now.getTime() >= startsAt.getTime()) {
    throw new DomainError('BOOKING_CLOSED', '这个时段已经开始，不能再取消；没来的请标记“未到”');
  }
  const actor: Actor = { openid: caller._id, name: caller.name, role: owner ? 'resident' : 'staff' };
  const after: BookingRecord = {
    ...booking,
    status: 'cancelled',
    cancelledAt: now,
    cancelledBy: caller._id,
    cancelledByRole: owner ? 'resident' : 'staff',
    cancelReason: reason,
  };
  return change(index, booking, after, bookingEvent('cancelled', code, actor, now, reason));
}

function staffActor(caller: User): Actor {
  return { openid: caller._id, name: caller.name, role: 'staff' };
}

function requireServiceDay(session: ServiceSession, now: Date): void {
  if (session.status !== 'open') throw new DomainError('DAY_CANCELLED');
  if (localDateOf(now) !== session.date) throw new DomainError('WRONG_DAY');
}

/** Checks in the holder of a code on the day; a late arrival marked no-show is checked in too. */
export function planCheckIn(session: ServiceSession, caller: User, code: string, now: Date): BookingChange {
  requireStaffCovers(caller, session);
  requireServiceDay(session, now);
  const { index, booking } = locate(session, code);
  if (booking.status === 'checkedIn') {
    throw new DomainError('CONFLICT', `${booking.name}已经签到过了（${describeInstant(booking.checkedInAt ?? now)}）`);
  }
  if (booking.status === 'cancelled') throw new DomainError('BOOKING_NOT_ACTIVE', '这个预约已经取消了，可以按现场办理登记');
  const after: BookingRecord = { ...booking, status: 'checkedIn', checkedInAt: now, checkedInBy: caller._id };
  return change(index, booking, after, bookingEvent('checkedIn', code, staffActor(caller), now));
}

/** The booked person did not come: staff mark it once their slot has begun (the day of or later). */
export function planNoShow(session: ServiceSession, caller: User, code: string, now: Date): BookingChange {
  requireStaffCovers(caller, session);
  if (session.status !== 'open') throw new DomainError('DAY_CANCELLED');
  const { index, booking } = locate(session, code);
  if (booking.status !== 'booked') {
    throw new DomainError(
      'BOOKING_NOT_ACTIVE',
      booking.status === 'checkedIn' ? `${booking.name}已经签到了` : booking.status === 'noShow' ? '已经标记为未到' : '这个预约已经取消了',
    );
  }
  const startsAt = booking.slotKey ? session.slots[booking.slotKey]?.startsAt : undefined;
  if (startsAt && now.getTime() < startsAt.getTime()) throw new DomainError('TOO_EARLY');
  const after: BookingRecord = { ...booking, status: 'noShow', noShowAt: now, noShowBy: caller._id };
  return change(index, booking, after, bookingEvent('noShow', code, staffActor(caller), now));
}

export interface WalkInRequest {
  windowId: string;
  slotKey: string | null;
  name: string;
  phone: string;
  requestKey: string;
}

export type WalkInPlan = { kind: 'existing'; booking: BookingRecord } | { kind: 'add'; booking: BookingRecord; event: BookingEvent };

/**
 * Someone came without booking: registered and checked in at once. Given a
 * slot, they take one of its places (refused when it is full, like anyone).
 */
export function planWalkIn(session: ServiceSession, caller: User, request: WalkInRequest, code: string, now: Date): WalkInPlan {
  requireStaffCovers(caller, session);
  if (session.keys[request.requestKey] !== undefined) {
    const booking = session.bookings.find((b) => b.requestKey === request.requestKey);
    if (booking && booking.createdBy === caller._id) {
      // The same registration sent again is answered with it; the key with another person, window or slot is another request.
      const same = booking.windowId === request.windowId && booking.name === request.name && booking.phone === request.phone;
      if (!same) throw new DomainError('KEY_REUSED');
      return { kind: 'existing', booking: retriedBooking(booking, request.slotKey) };
    }
    throw new DomainError('CONFLICT', '这次登记的请求编号已被使用，请刷新后重新登记');
  }
  requireServiceDay(session, now);
  if (!session.windows.some((w) => w.id === request.windowId)) {
    throw new DomainError('NOT_FOUND', '没有这个窗口，请刷新后重新选择');
  }
  let start: string | null = null;
  let end: string | null = null;
  if (request.slotKey) {
    const slot = session.slots[request.slotKey];
    if (!slot || slot.windowId !== request.windowId) throw new DomainError('NOT_FOUND', '没有这个时段，请刷新后重新选择');
    if (slot.remaining <= 0) throw new DomainError('SLOT_FULL', '这个时段已约满，可以不选时段，按现场排队登记');
    start = slot.start;
    end = slot.end;
  }
  const booking: BookingRecord = {
    code,
    requestKey: request.requestKey,
    openid: null,
    name: request.name,
    phone: request.phone,
    windowId: request.windowId,
    slotKey: request.slotKey,
    start,
    end,
    source: 'walkIn',
    status: 'checkedIn',
    createdAt: now,
    createdBy: caller._id,
    cancelledAt: null,
    cancelledBy: null,
    cancelledByRole: null,
    cancelReason: null,
    dayCancelled: false,
    checkedInAt: now,
    checkedInBy: caller._id,
    noShowAt: null,
    noShowBy: null,
    remindedAt: null,
    notifiedAt: null,
  };
  return { kind: 'add', booking, event: bookingEvent('walkIn', code, staffActor(caller), now) };
}

export { staffCovers };
