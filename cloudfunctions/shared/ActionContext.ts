import type { User } from '../domain/people/User';
import type { Database } from './cloud';

/** What an action gets besides its validated input. */
export interface ActionContext {
  /** The caller as WeChat identifies them; never taken from the payload. */
  openid: string;
  /** The caller's record, or null for a first-time visitor. */
  caller: User | null;
  db: Database;
  now: Date;
  /**
   * What this request asked for, as a short digest of the caller, this
   * action's own function and name, and the validated payload
   * (shared/opFingerprint): what a keyed step stamps on the entry it writes.
   */
  fingerprint(): string;
  /**
   * What this request asked for as a versioned edit: this action and the
   * validated payload without its version, not the caller
   * (shared/editFingerprint): what an edit marks the record it changed with.
   */
  editFingerprint(): string;
}

/** An action that requires a registered caller gets them non-null. */
export interface RegisteredContext extends ActionContext {
  caller: User;
}

/** An action that reads the caller's record itself (SelfReadingAction) gets no `caller`. */
export type SelfReadingContext = Omit<ActionContext, 'caller'>;
