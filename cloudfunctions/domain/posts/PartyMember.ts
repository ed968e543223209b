import type { RegistrationStatus } from '../../contract/posts';

/**
 * A party member's registration with the community (在职党员到社区报到),
 * one per person (`_id` is their OPENID). It grants nothing until staff of
 * the community approve it; `activePostCount` is the number of posts held
 * now, kept by conditional updates so the per-member limit holds under
 * concurrent claims.
 */
export interface PartyMember {
  _id: string;
  name: string;
  phone: string;
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
  activePostCount: number;
}
