import type { JurisdictionLevel } from '../jurisdiction/vocabulary';
import type { BookingEventType, BookingStatus } from './vocabulary';
import { compactDate, type LocalDate } from './chinaCalendar';

export type { BookingEventType, BookingStatus };

/** One slot of one window on one date. `remaining` is what bookings take, atomically. */
export interface SessionSlot {
  windowId: string;
  start: string;
  end: string;
  startsAt: Date;
  capacity: number;
  remaining: number;
}

export interface BookingRecord {
  code: string;
  /** The idempotency key of the request that made it. */
  requestKey: string;
  /** null for a walk-in registered by staff. */
  openid: string | null;
  name: string;
  phone: string;
  windowId: string;
  /** null for a walk-in served without a slot. */
  slotKey: string | null;
  /** The slot's hours, kept on the booking so it reads right even if the schedule changes later. */
  start: string | null;
  end: string | null;
  source: 'online' | 'walkIn';
  status: BookingStatus;
  createdAt: Date;
  createdBy: string;
  cancelledAt: Date | null;
  cancelledBy: string | null;
  cancelledByRole: 'resident' | 'staff' | null;
  cancelReason: string | null;
  /** The whole date was cancelled. */
  dayCancelled: boolean;
  checkedInAt: Date | null;
  checkedInBy: string | null;
  noShowAt: Date | null;
  noShowBy: string | null;
  remindedAt: Date | null;
  notifiedAt: Date | null;
}

/** The booking event log: appended, never edited. */
export interface BookingEvent {
  type: BookingEventType;
  code: string | null;
  by: string;
  byName: string;
  byRole: 'resident' | 'staff' | 'system';
  at: Date;
  reason: string | null;
}

/** `open`, `cancelled` (by staff, people told), `withdrawn` (the schedule no longer has the date; nobody was booked). */
export type SessionState = 'open' | 'cancelled' | 'withdrawn';

/**
 * One date of a service day, with its slots, its bookings and their log in
 * one document: a booking is then one conditional update of one document
 * (places, the one-per-person rule, the idempotency key, the code, the
 * record and its log entry together), which is atomic on every database.
 */
export interface ServiceSession {
  _id: string;
  serviceDayId: string;
  date: LocalDate;
  placeId: string;
  placeName: string;
  placeLevel: JurisdictionLevel;
  scopeIds: string[];
  title: string;
  venue: string;
  startTime: string;
  endTime: string;
  cancelCutoffMinutes: number;
  maxActivePerPerson: number;
  /** Booking opens at this instant (the horizon). */
  opensAt: Date;
  status: SessionState;
  cancelReason: string | null;
  windows: Array<{ id: string; name: string }>;
  slots: Record<string, SessionSlot>;
  /** Active (not cancelled) bookings per person. */
  holders: Record<string, number>;
  /** Idempotency keys used here → the booking code they made. */
  keys: Record<string, string>;
  /** Codes in use here. */
  codes: Record<string, true>;
  bookings: BookingRecord[];
  events: BookingEvent[];
  createdAt: Date;
  updatedAt: Date;
}

export function sessionIdOf(serviceDayId: string, date: LocalDate): string {
  return `${serviceDayId}_${compactDate(date)}`;
}

export function slotKeyOf(windowId: string, start: string): string {
  return `${windowId}_${start.replace(':', '')}`;
}

/** Holds a place in its slot: counted in `capacity - remaining`. */
export function takesPlace(booking: Pick<BookingRecord, 'slotKey' | 'status'>): boolean {
  return booking.slotKey !== null && booking.status !== 'cancelled';
}

export function findBooking(session: ServiceSession, code: string): { index: number; booking: BookingRecord } | null {
  const index = session.bookings.findIndex((booking) => booking.code === code);
  return index < 0 ? null : { index, booking: session.bookings[index] };
}

/** Field names must not carry `.` or `$`; WeChat OPENIDs never do, this makes sure. */
export function assertFieldSafe(key: string): string {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(key)) throw new Error(`unsafe key for a field name: ${key}`);
  return key;
}
