import { useEffect, useRef } from 'react';
import { isCloudError, isConflict } from '@/services';
import { showNotice } from '@/state/notice';
import { newKey } from '@/state/requestOutbox';
import { stepText } from '@/text/steps';

/** The key already went with another request: the record it made is read again. */
export function isKeyReused(error: unknown): boolean {
  return isCloudError(error) && error.code === 'KEY_REUSED';
}

/**
 * The record a create's key already made, when the create was refused as
 * KEY_REUSED (its answer was lost and it was sent again with other content):
 * the form opens that record rather than making a second one. Null otherwise.
 */
export function madeBefore(error: unknown): string | null {
  // The server names it as the refusal's one detail line (domain/shared/clientKeys.keyReusedOn).
  return isKeyReused(error) && isCloudError(error) && error.details?.length === 1 ? error.details[0] : null;
}

/**
 * Refusals after which the key can't go with any later step: KEY_REUSED (the
 * key already took another request) and CONFLICT (the record moved on).
 */
export function keyIsSpent(error: unknown): boolean {
  return isConflict(error) || isKeyReused(error);
}

export interface StepKey {
  /** The key of the step being sent: the same on a resend, so a lost answer takes the step once. */
  readonly current: string;
  /**
   * After an attempt. Gone through: a new key for the next step. Key spent
   * (KEY_REUSED, CONFLICT): a new key and the record read again; a
   * KEY_REUSED is told as such. A create's KEY_REUSED naming the record its
   * key made (`madeBefore`) only renews the key: the caller opens that
   * record and says so. Any other failure keeps the key for a resend.
   */
  settle(outcome: { ok: true } | { ok: false; error: unknown }): void;
}

/**
 * The one client key of a page's steps. Also renewed whenever `record` (the
 * page's record as read from the server) changes: a step after a reload is
 * a new request, never a resend of one made on what was on screen before.
 */
export function useStepKey(prefix: string, record: unknown, reload: () => void): StepKey {
  const key = useRef(newKey(prefix));
  const reloadRef = useRef(reload);
  reloadRef.current = reload;
  useEffect(() => {
    key.current = newKey(prefix);
  }, [prefix, record]);
  const stepKey = useRef<StepKey>({
    get current() {
      return key.current;
    },
    settle(outcome) {
      if (!outcome.ok && !keyIsSpent(outcome.error)) return;
      key.current = newKey(prefix);
      if (outcome.ok || madeBefore(outcome.error)) return;
      if (isKeyReused(outcome.error)) showNotice(stepText.keyReused, 'error', 5000);
      reloadRef.current();
    },
  });
  return stepKey.current;
}
