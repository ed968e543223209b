import type { CreatedUnderKey } from '../shared/clientKeys';
import type { RegistrationStatus } from './vocabulary';

/** Who ended a membership, when and why (迁出, 不再在本社区报到 …). */
export interface MembershipEnd {
  at: Date;
  by: string;
  byName: string;
  reason: string;
}

/**
 * A party member's registration with the community (在职党员到社区报到),
 * one per person (`_id` is their OPENID). It grants nothing until staff of
 * the community approve it; `activePostCount` is the number of posts held
 * now, kept by conditional updates so the per-member limit holds under
 * concurrent claims.
 */
export interface PartyMember extends CreatedUnderKey {
  _id: string;
  name: string;
  /** The number given with the report: contact information unless `phoneVerified`. */
  phone: string;
  /**
   * WeChat had verified `phone` for the member's own account when they
   * reported. A typed number grants nothing and is never copied onto the
   * account. Absent on reports from before: not verified.
   */
  phoneVerified?: boolean;
  /** What the roster (花名册) calls the holder of `phone` when they reported; null when it does not know the number. */
  rosterName?: string | null;
  branchId: string;
  /** 工作单位. */
  employer: string;
  /** Where the member lives; they serve this grid's village. */
  gridId: string;
  villageId: string;
  /** The grid and every ancestor: "members under node X" is one indexed query. */
  placeIds: string[];
  skillKindIds: string[];
  skills: string;
  status: RegistrationStatus;
  submittedAt: Date;
  decidedAt: Date | null;
  decidedBy: string | null;
  decidedByName: string | null;
  rejectReason: string | null;
  /** Set when staff ended the membership (撤销报到); absent on records from before. */
  ended?: MembershipEnd | null;
  activePostCount: number;
}
