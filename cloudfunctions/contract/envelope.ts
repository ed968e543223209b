import type { ErrorCode } from './errors';

/** One field that failed validation, with a Chinese hint for the person filling the form. */
export interface FieldError {
  path: string;
  message: string;
}

export interface OkEnvelope<T> {
  ok: true;
  data: T;
}

export interface FailEnvelope {
  ok: false;
  code: ErrorCode;
  message: string;
  fields?: FieldError[];
  /** Lines a person needs to act on the refusal, e.g. the bookings a change would affect. */
  details?: string[];
}

/** What every cloud function returns as its `result`. */
export type Envelope<T> = OkEnvelope<T> | FailEnvelope;

/** The event every callable cloud function receives from the mini-program. */
export interface ActionEvent<A extends string = string, P = unknown> {
  action: A;
  payload: P;
}
