import { createHash } from 'node:crypto';

/**
 * A six-digit code for a request, easy to read out: the same request (its
 * document and key) gets the same code, so a retried booking finds its own
 * claim; `round` moves on when the code is someone else's on that date
 * (codeClaims make it unique there).
 */
export function bookingCodeFor(sessionId: string, bookingsId: string, requestKey: string, round: number): string {
  const digest = createHash('sha256').update(`${sessionId}|${bookingsId}|${requestKey}|${round}`).digest();
  return String(100000 + (digest.readUInt32BE(0) % 900000));
}

/**
 * The tally field of one canceller's release of a booking's place: the
 * token keeps two cancellations of the same booking at once apart (each
 * drops or finishes only its own; the repair frees only the one whose token
 * the cancelled booking names).
 */
export function releaseHoldKey(code: string, token: string): string {
  return `r${code}_${token}`;
}

/** What a booking's QR code carries: the date and the code, nothing personal. */
export function qrTextOf(sessionId: string, code: string): string {
  return `WGT-SD|${sessionId}|${code}`;
}
