import { DomainError } from './DomainError';

/**
 * What a versioned edit leaves on the record it changed, written with the
 * version it produced: a fingerprint of what it asked for (the payload
 * without the version), and the log entry it made, if any. A resend of that
 * edit, whose answer was lost, is recognised by it instead of being told
 * CONFLICT about its own change.
 */
export interface LastEdit {
  /** The version this edit produced: once any other write moves the record's version, the mark matches nothing. */
  version: number;
  fingerprint: string;
  logId?: string;
}

/** A record edited on a version; absent on records from before, or never edited since. */
export interface EditedRecord {
  lastEdit?: LastEdit;
}

/** The mark an edit made on `sentVersion` writes with the version it produces. */
export function lastEditOn(sentVersion: number, fingerprint: string, logId?: string): LastEdit {
  return { version: sentVersion + 1, fingerprint, ...(logId === undefined ? {} : { logId }) };
}

/**
 * Whether an edit sent on `sentVersion` is a resend of the edit that made
 * the stored version: the stored version is the one right after it, that
 * edit produced it (nothing else has moved it since), and it asked for the
 * same. Then the edit is done: answer the stored record, write nothing.
 * Anything else is a real change meanwhile (CONFLICT, as before).
 */
export function isOwnLastEdit(storedVersion: number, stored: EditedRecord, sentVersion: number, fingerprint: string): boolean {
  const mark = stored.lastEdit;
  return mark !== undefined && storedVersion === sentVersion + 1 && mark.version === storedVersion && mark.fingerprint === fingerprint;
}

/**
 * The change `plan` works out (it checks the version among its rules), or
 * null when it is refused CONFLICT and the edit is a resend of the one that
 * made the stored version (isOwnLastEdit): the rules before the version's
 * (who may edit what) have held for this request too.
 */
export function unlessOwnResend<T>(
  plan: () => T,
  storedVersion: number,
  stored: EditedRecord,
  sentVersion: number,
  fingerprint: string,
): T | null {
  try {
    return plan();
  } catch (error) {
    if (error instanceof DomainError && error.code === 'CONFLICT' && isOwnLastEdit(storedVersion, stored, sentVersion, fingerprint))
      return null;
    throw error;
  }
}
