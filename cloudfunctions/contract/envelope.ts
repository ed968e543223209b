import type { ErrorCode } from '../domain/shared/errorCodes';
import type { FieldError } from '../domain/shared/FieldError';

export type { FieldError };

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
