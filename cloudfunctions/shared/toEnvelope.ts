import type { Envelope, FailEnvelope } from '../contract/envelope';
import { ERROR_MESSAGES } from '../domain/shared/errorCodes';
import { DomainError } from '../domain/shared/DomainError';
import { isWriteConflict, TRANSACTION_CONFLICT_MESSAGE } from './transaction';

export function failure(error: DomainError): FailEnvelope {
  const envelope: FailEnvelope = { ok: false, code: error.code, message: error.message };
  if (error.fields) envelope.fields = error.fields;
  if (error.details && error.details.length > 0) envelope.details = error.details;
  return envelope;
}

/**
 * Domain errors keep their code; a write that lost to another writer (e.g. a
 * plain write a transaction's lock held up too long) is CONFLICT; anything
 * else is a fault of ours: it is logged with where it happened (the cloud
 * console keeps function logs) and the caller gets INTERNAL, never a stack trace.
 */
export function errorToEnvelope(error: unknown, where: string): Envelope<never> {
  if (error instanceof DomainError) return failure(error);
  if (isWriteConflict(error)) return failure(new DomainError('CONFLICT', TRANSACTION_CONFLICT_MESSAGE));
  console.error(`[${where}] unexpected error`, error);
  return { ok: false, code: 'INTERNAL', message: ERROR_MESSAGES.INTERNAL };
}
