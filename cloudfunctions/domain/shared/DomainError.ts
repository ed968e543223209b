import { ERROR_MESSAGES, type ErrorCode } from './errorCodes';
import type { FieldError } from './FieldError';

/**
 * A rule of the domain was not met. Carries a stable code; the edge turns it
 * into the error envelope. The message defaults to the code's Chinese text and
 * may be made more specific (e.g. which booking is affected).
 */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly fields?: FieldError[];
  /** Lines that explain the refusal (e.g. the bookings a change would affect). */
  readonly details?: string[];

  constructor(code: ErrorCode, message?: string, fields?: FieldError[], details?: string[]) {
    super(message ?? ERROR_MESSAGES[code]);
    this.name = 'DomainError';
    this.code = code;
    this.fields = fields;
    this.details = details;
  }
}
