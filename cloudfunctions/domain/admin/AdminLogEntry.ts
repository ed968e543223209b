/**
 * One change an administrator made (系统管理日志): who, when, what, and the
 * record before and after. Appended, never edited.
 */
export interface AdminLogEntry {
  _id: string;
  at: Date;
  by: string;
  byName: string;
  /** The action, e.g. `renamePlace`. */
  action: string;
  collection: string;
  targetId: string;
  /** null when the record was created. */
  before: unknown;
  after: unknown;
  /** A keyed create's request (caller, action, payload): a resend of it is answered with `after`. */
  opFingerprint?: string;
}
