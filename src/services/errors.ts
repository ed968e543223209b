import type { ErrorCode, FieldError } from '@contract';

/** Codes the client adds to the contract's: the call never reached a handler. */
export type ClientErrorCode = 'NETWORK';

export type CloudErrorCode = ErrorCode | ClientErrorCode;

/**
 * A failed cloud call. `message` is Chinese and safe to show to a resident:
 * the server's message for contract errors, the client's own text otherwise.
 */
export class CloudError extends Error {
  readonly code: CloudErrorCode;
  readonly fields?: FieldError[];
  /** Lines to show under the message (e.g. the bookings a change would affect). */
  readonly details?: string[];

  constructor(code: CloudErrorCode, message: string, fields?: FieldError[], details?: string[]) {
    super(message);
    this.name = 'CloudError';
    this.code = code;
    if (fields && fields.length > 0) this.fields = fields;
    if (details && details.length > 0) this.details = details;
    // Keep `instanceof` working after down-levelling to ES5 classes.
    Object.setPrototypeOf(this, CloudError.prototype);
  }
}

export function isCloudError(value: unknown): value is CloudError {
  return value instanceof CloudError;
}

/** A save refused because someone else saved the record first (CONFLICT). */
export function isConflict(value: unknown): value is CloudError {
  return isCloudError(value) && value.code === 'CONFLICT';
}
