import type { ActionEvent } from '@contract';

/**
 * Carries one action event to a cloud function and returns the raw `result`
 * (expected to be an envelope; `callCloud` checks it).
 * A transport throws `TransportError` when the call did not get an answer.
 */
export type Transport = (fn: string, event: ActionEvent) => Promise<unknown>;

/** The request did not complete (offline, timeout, server unreachable). */
export class TransportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TransportError';
    Object.setPrototypeOf(this, TransportError.prototype);
  }
}
