import type { LogStatus } from './vocabulary';

/**
 * Service done on a post (上岗履诺). Only approved logs count; a rejected
 * one keeps its reason. `year` and `month` are China-calendar fields of
 * `date`, stored so totals are indexed matches and groupings.
 */
export interface ServiceLog {
  _id: string;
  claimId: string;
  postId: string;
  memberId: string;
  branchId: string;
  gridId: string;
  placeIds: string[];
  kindId: string;
  /** YYYY-MM-DD, China time. */
  date: string;
  year: number;
  /** YYYY-MM. */
  month: string;
  hours: number;
  content: string;
  photos: string[];
  household: string | null;
  status: LogStatus;
  createdAt: Date;
  verifiedBy: string | null;
  verifiedByName: string | null;
  verifiedAt: Date | null;
  rejectReason: string | null;
  /** The phone's key it was sent under (absent on logs kept before keys), with who asked for what under it (domain/shared/clientKeys). */
  clientKey?: string;
  opFingerprint?: string;
}
