import type {
  BookingDto,
  BookingEventDto,
  ServiceDayDto,
  SessionCardDto,
  SlotDto,
  StaffBookingDto,
  StaffSessionDto,
} from '../../../contract/servicedays';
import type { PlaceDto } from '../../../contract/users';
import { instantAt, weekdayOf } from '../../../domain/servicedays/chinaCalendar';
import { ownerCancelDeadline } from '../../../domain/servicedays/bookingChanges';
import type { ServiceDay } from '../../../domain/servicedays/ServiceDay';
import { takesPlace, type BookingRecord, type ServiceSession } from '../../../domain/servicedays/ServiceSession';
import { qrTextOf } from './codes';

/** Dates come back from the database as Date; be strict about it once, here. */
function iso(value: Date | string | null | undefined): string | null {
  return value ? new Date(value).toISOString() : null;
}

function ms(value: Date | string): number {
  return new Date(value).getTime();
}

function placeOf(placed: Pick<ServiceDay, 'placeId' | 'placeName' | 'placeLevel'>): PlaceDto {
  return { id: placed.placeId, name: placed.placeName, level: placed.placeLevel };
}

export function toServiceDayDto(day: ServiceDay): ServiceDayDto {
  return {
    id: day._id,
    version: day.version,
    place: placeOf(day),
    title: day.title,
    venue: day.venue,
    recurrence: day.recurrence,
    startTime: day.startTime,
    endTime: day.endTime,
    slotMinutes: day.slotMinutes,
    windows: day.windows.map((w) => ({ id: w.id, name: w.name, capacity: w.capacity })),
    horizonWeeks: day.horizonWeeks,
    cancelCutoffMinutes: day.cancelCutoffMinutes,
    maxActivePerPerson: day.maxActivePerPerson,
    cancelledDates: day.cancelledDates.map((c) => ({ date: c.date, reason: c.reason })),
    extraDates: [...day.extraDates],
  };
}

/** Fields the lists leave out: the people and the log stay on the server. */
export const SESSION_SUMMARY_FIELDS = { bookings: false, events: false, keys: false, codes: false, holders: false } as const;

export type SessionSummary = Omit<ServiceSession, 'bookings' | 'events' | 'keys' | 'codes' | 'holders'>;

/** A date is over for residents once its hours have passed. */
export function isOver(session: Pick<ServiceSession, 'date' | 'endTime'>, now: Date): boolean {
  return instantAt(session.date, session.endTime).getTime() <= now.getTime();
}

export function toSessionCardDto(session: SessionSummary): SessionCardDto {
  const slots = Object.values(session.slots);
  const windows = session.windows.map((w) => {
    const own = slots.filter((slot) => slot.windowId === w.id);
    return {
      id: w.id,
      name: w.name,
      capacity: own.reduce((sum, slot) => sum + slot.capacity, 0),
      left: own.reduce((sum, slot) => sum + Math.max(0, slot.remaining), 0),
    };
  });
  return {
    id: session._id,
    serviceDayId: session.serviceDayId,
    date: session.date,
    weekday: weekdayOf(session.date),
    title: session.title,
    venue: session.venue,
    place: placeOf(session),
    startTime: session.startTime,
    endTime: session.endTime,
    status: session.status === 'cancelled' ? 'cancelled' : 'open',
    cancelReason: session.cancelReason,
    windows,
    capacity: windows.reduce((sum, w) => sum + w.capacity, 0),
    left: session.status === 'open' ? windows.reduce((sum, w) => sum + w.left, 0) : 0,
    opensAt: new Date(session.opensAt).toISOString(),
  };
}

export function toSlotDtos(session: SessionSummary, now: Date): SlotDto[] {
  const open = session.status === 'open' && ms(session.opensAt) <= now.getTime();
  const order = new Map(session.windows.map((w, index) => [w.id, index]));
  return Object.entries(session.slots)
    .map(([key, slot]) => ({
      key,
      windowId: slot.windowId,
      start: slot.start,
      end: slot.end,
      startsAt: new Date(slot.startsAt).toISOString(),
      capacity: slot.capacity,
      left: Math.max(0, slot.remaining),
      bookable: open && ms(slot.startsAt) > now.getTime() && slot.remaining > 0,
    }))
    .sort((a, b) => (order.get(a.windowId) ?? 0) - (order.get(b.windowId) ?? 0) || a.start.localeCompare(b.start));
}

function hoursOf(session: ServiceSession | SessionSummary, booking: BookingRecord): { start: string; end: string; startsAt: Date } {
  const slot = booking.slotKey ? session.slots[booking.slotKey] : undefined;
  const start = slot?.start ?? booking.start ?? session.startTime;
  const end = slot?.end ?? booking.end ?? session.endTime;
  return { start, end, startsAt: slot ? new Date(slot.startsAt) : instantAt(session.date, start) };
}

function windowName(session: Pick<ServiceSession, 'windows'>, windowId: string): string {
  return session.windows.find((w) => w.id === windowId)?.name ?? '';
}

export function toBookingDto(session: ServiceSession, booking: BookingRecord, now: Date): BookingDto {
  const hours = hoursOf(session, booking);
  const deadline = ownerCancelDeadline(session, booking) ?? hours.startsAt;
  return {
    sessionId: session._id,
    code: booking.code,
    qrText: qrTextOf(session._id, booking.code),
    status: booking.status,
    date: session.date,
    weekday: weekdayOf(session.date),
    title: session.title,
    venue: session.venue,
    placeName: session.placeName,
    windowName: windowName(session, booking.windowId),
    start: hours.start,
    end: hours.end,
    startsAt: hours.startsAt.toISOString(),
    createdAt: new Date(booking.createdAt).toISOString(),
    cancelDeadline: new Date(deadline).toISOString(),
    canCancel: session.status === 'open' && booking.status === 'booked' && now.getTime() <= ms(deadline),
    cancelReason: booking.cancelReason,
    cancelledBy: booking.cancelledByRole,
    dayCancelled: booking.dayCancelled || session.status === 'cancelled',
    checkedInAt: iso(booking.checkedInAt),
  };
}

export function toStaffBookingDto(session: ServiceSession, booking: BookingRecord): StaffBookingDto {
  const slot = booking.slotKey ? session.slots[booking.slotKey] : undefined;
  return {
    code: booking.code,
    name: booking.name,
    phone: booking.phone,
    status: booking.status,
    source: booking.source,
    windowId: booking.windowId,
    slotKey: booking.slotKey,
    start: slot?.start ?? booking.start,
    end: slot?.end ?? booking.end,
    createdAt: new Date(booking.createdAt).toISOString(),
    checkedInAt: iso(booking.checkedInAt),
    cancelReason: booking.cancelReason,
    cancelledBy: booking.cancelledByRole,
    noShowFrom: iso(slot?.startsAt),
  };
}

/** How many log entries the day list shows. */
const EVENTS_SHOWN = 200;

export function toStaffSessionDto(session: ServiceSession, now: Date): StaffSessionDto {
  const bookings = session.bookings.map((b) => toStaffBookingDto(session, b));
  const slots = Object.entries(session.slots);
  const windows = session.windows.map((w) => ({
    id: w.id,
    name: w.name,
    slots: slots
      .filter(([, slot]) => slot.windowId === w.id)
      .map(([key, slot]) => ({ key, start: slot.start, end: slot.end, capacity: slot.capacity, taken: slot.capacity - slot.remaining }))
      .sort((a, b) => a.start.localeCompare(b.start)),
    bookings: bookings
      .filter((b) => b.windowId === w.id)
      .sort((a, b) => (a.start ?? '99:99').localeCompare(b.start ?? '99:99') || a.createdAt.localeCompare(b.createdAt)),
  }));
  const count = (test: (b: BookingRecord) => boolean) => session.bookings.filter(test).length;
  const events: BookingEventDto[] = session.events
    .slice(-EVENTS_SHOWN)
    .reverse()
    .map((e) => ({ type: e.type, code: e.code, byName: e.byName, byRole: e.byRole, at: new Date(e.at).toISOString(), reason: e.reason }));
  return {
    session: toSessionCardDto(session),
    windows,
    totals: {
      booked: count((b) => b.source === 'online' && takesPlace(b)),
      checkedIn: count((b) => b.status === 'checkedIn'),
      noShow: count((b) => b.status === 'noShow'),
      walkIn: count((b) => b.source === 'walkIn'),
      cancelled: count((b) => b.status === 'cancelled'),
    },
    events,
    now: now.toISOString(),
  };
}
