import type {
  BookingDto,
  BookingReceiptDto,
  CancelDateDto,
  MyBookingsDto,
  RequestOf,
  ServiceDayDto,
  ServiceDayListDto,
  SessionCardDto,
  SessionDetailDto,
  StaffBookingDto,
  StaffSessionDto,
} from '@contract';
import { callCloud } from './cloud';

// ---- residents ----

export async function browse(): Promise<SessionCardDto[]> {
  return (await callCloud('servicedays', 'browse', {})).sessions;
}

export function getSession(sessionId: string): Promise<SessionDetailDto> {
  return callCloud('servicedays', 'getSession', { sessionId });
}

/** `requestKey` comes from newRequestKey() once per tap, and is sent again on a retry. */
export function book(sessionId: string, slotKey: string, requestKey: string): Promise<BookingReceiptDto> {
  return callCloud('servicedays', 'book', { sessionId, slotKey, requestKey });
}

export function cancelBooking(sessionId: string, code: string, reason: string): Promise<BookingDto> {
  return callCloud('servicedays', 'cancelBooking', { sessionId, code, reason });
}

export function myBookings(): Promise<MyBookingsDto> {
  return callCloud('servicedays', 'myBookings', {});
}

// ---- staff ----

export function listServiceDays(): Promise<ServiceDayListDto> {
  return callCloud('servicedays', 'listServiceDays', {});
}

export function saveServiceDay(input: RequestOf<'servicedays', 'saveServiceDay'>): Promise<ServiceDayDto> {
  return callCloud('servicedays', 'saveServiceDay', input);
}

export function cancelDate(serviceDayId: string, date: string, reason: string): Promise<CancelDateDto> {
  return callCloud('servicedays', 'cancelDate', { serviceDayId, date, reason });
}

export function addExtraDate(serviceDayId: string, date: string): Promise<ServiceDayDto> {
  return callCloud('servicedays', 'addExtraDate', { serviceDayId, date });
}

export function dayList(sessionId: string): Promise<StaffSessionDto> {
  return callCloud('servicedays', 'dayList', { sessionId });
}

export function checkIn(sessionId: string, code: string): Promise<StaffBookingDto> {
  return callCloud('servicedays', 'checkIn', { sessionId, code });
}

export function addWalkIn(input: RequestOf<'servicedays', 'addWalkIn'>): Promise<StaffBookingDto> {
  return callCloud('servicedays', 'addWalkIn', input);
}

export function markNoShow(sessionId: string, code: string): Promise<StaffBookingDto> {
  return callCloud('servicedays', 'markNoShow', { sessionId, code });
}

/** A fresh idempotency key: one per tap on a button that creates something. */
export function newRequestKey(): string {
  const random = Math.random().toString(36).slice(2, 12);
  return `k${Date.now().toString(36)}${random}`
    .replace(/[^A-Za-z0-9_-]/g, '')
    .slice(0, 40)
    .padEnd(12, '0');
}

/** Reads a booking QR code (`WGT-SD|<date id>|<code>`); null for anything else. */
export function parseBookingQr(text: string): { sessionId: string; code: string } | null {
  const match = /^WGT-SD\|([^|]{1,64})\|(\d{6})$/.exec(text.trim());
  return match ? { sessionId: match[1], code: match[2] } : null;
}
