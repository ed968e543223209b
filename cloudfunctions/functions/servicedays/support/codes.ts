import { randomInt } from 'node:crypto';

/** A six-digit code, easy to read out; unique within its date (the update checks). */
export function newBookingCode(): string {
  return String(randomInt(100000, 1000000));
}

/** What a booking's QR code carries: the date and the code, nothing personal. */
export function qrTextOf(sessionId: string, code: string): string {
  return `WGT-SD|${sessionId}|${code}`;
}
