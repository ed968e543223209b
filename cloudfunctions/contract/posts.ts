import { z } from 'zod';
import { textLimits as max } from './textLimits';
import { clientKeySchema, dateSchema, emptySchema, idSchema, personNameSchema, phoneSchema, type PhotoDto } from './common';
import type { PlaceDto } from './users';
import type { ClaimStatus, LogStatus, PostStatus, RaterType, RegistrationStatus, StarKey, StarScores } from '../domain/posts/vocabulary';

/**
 * Party members (党员) and their public-service posts (公益岗): reporting to
 * the community (到社区报到), claiming a post with a public commitment
 * (认领岗位、公示承诺), logging verified service (上岗履诺), the public board
 * (公示), staff management and totals, and the yearly five-star evaluation.
 */

/** A required line of text of at most `max` characters. */
const text = (max: number) => z.string().trim().min(1).max(max);

const yearSchema = z.number().int().min(2020).max(2100);

/** A photo already uploaded to cloud storage. */
const fileIdSchema = z
  .string()
  .trim()
  .max(512)
  .regex(/^cloud:\/\/\S+$/, '照片没有上传成功，请重新选择');

/** One to five, the stars a rater gives one of the five aspects. */
const starScoreSchema = z.number().int().min(1).max(5);

const decisionSchema = z.enum(['approve', 'reject']);

/** A refusal must say why: the person can then put it right. */
function requireReasonToReject(value: { decision: 'approve' | 'reject'; reason?: string }, ctx: z.RefinementCtx) {
  if (value.decision === 'reject' && !value.reason) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['reason'], message: '请填写不通过的原因' });
  }
}

const postFieldsSchema = {
  kindId: idSchema,
  title: text(max.postTitle),
  /** What the holder does (岗位职责). */
  duties: text(max.postDuties),
  capacity: z.number().int().min(1).max(50),
};

export const postsRequests = {
  /** What the 我的 page shows about party-member work, for whoever asks. */
  overview: emptySchema,
  /**
   * Branches, post kinds and the caller's registration, for the 到社区报到
   * form; branches depend on the grid (its village, township and county).
   */
  registrationForm: z.object({ gridId: idSchema.optional() }).strict(),
  /** 在职党员到社区报到: submit (or correct and resubmit) the registration. Pending until staff approve. */
  register: z
    .object({
      name: personNameSchema,
      /** Verified only when it is the caller's own WeChat-verified number; any other is contact information. */
      phone: phoneSchema,
      branchId: idSchema,
      /** 工作单位. */
      employer: text(max.employer),
      /** The grid where the member lives. */
      gridId: idSchema,
      /** Post kinds the member is good at (特长). */
      skillKindIds: z.array(idSchema).max(10),
      skills: z.string().trim().max(max.skills),
      /** The phone's key, kept until answered: a resend after a lost answer reports once (one entry in the ledger). */
      clientKey: clientKeySchema,
    })
    .strict(),
  /** Staff: registrations in their jurisdiction with the given status. */
  registrations: z.object({ status: z.enum(['pending', 'approved', 'rejected', 'ended']).default('pending') }).strict(),
  /** 撤销报到: staff of the member's community end an approved membership (moved away, no longer a member here), saying why; their posts are freed. */
  endMembership: z.object({ memberId: idSchema, reason: z.string().trim().min(2, '请写明撤销的原因').max(max.decisionReason) }).strict(),
  /** Staff of the member's community (village or above) approve or reject a registration. */
  decideRegistration: z
    .object({ memberId: idSchema, decision: decisionSchema, reason: z.string().trim().max(max.decisionReason).optional() })
    .strict()
    .superRefine(requireReasonToReject),
  /** Staff: the posts of one grid in their jurisdiction (the first one when none is given). */
  staffPosts: z.object({ gridId: idSchema.optional() }).strict(),
  /** `clientKey`: the phone's key, kept until answered: a resend after a lost answer sets the post up once. */
  createPost: z.object({ gridId: idSchema, clientKey: clientKeySchema, ...postFieldsSchema }).strict(),
  /** `version` is the one the form was opened at (StaffPostDto.version): another staff member's edit meanwhile is a CONFLICT. */
  editPost: z.object({ postId: idSchema, version: z.number().int().min(0).max(1_000_000), ...postFieldsSchema }).strict(),
  /** Closing releases every holder; the post and its history stay. */
  closePost: z.object({ postId: idSchema, reason: text(max.decisionReason) }).strict(),
  /** Admin: how many posts one member may hold at a time. */
  /** `version` is the one the screen showed (StaffPostsDto.claimLimitVersion): another administrator's save meanwhile is a CONFLICT. */
  setClaimLimit: z.object({ maxActivePosts: z.number().int().min(1).max(10), version: z.number().int().min(0).max(1_000_000) }).strict(),
  /** A member browses the open posts of their grid or a nearby grid (same village), by kind. */
  browsePosts: z.object({ gridId: idSchema.optional(), kindId: idSchema.optional() }).strict(),
  /** 认领岗位 with a public commitment (公示承诺). */
  claimPost: z.object({ postId: idSchema, commitment: z.string().trim().min(5).max(max.commitment) }).strict(),
  stepDown: z.object({ postId: idSchema, reason: text(max.decisionReason) }).strict(),
  /** 上岗履诺: service done on a held post, for a grid member or the branch secretary to verify. */
  logService: z
    .object({
      /** The phone's key for this entry, kept until answered: a resend after a lost answer records it once. */
      clientKey: clientKeySchema,
      postId: idSchema,
      date: dateSchema,
      hours: z
        .number()
        .min(0.5)
        .max(12)
        .refine((hours) => Number.isInteger(hours * 2), '请按半小时填写，如 1.5'),
      content: text(max.serviceContent),
      photos: z.array(fileIdSchema).max(9),
      /** Which household was served, in the member's words (e.g. 汪屋组 王秀英家). */
      household: z.string().trim().max(max.serviceHousehold).optional(),
    })
    .strict(),
  /** The caller's own posts, commitments, logs and approved hours by month. */
  myRecord: z.object({ year: yearSchema.optional() }).strict(),
  /** Service logs waiting for the caller's verification. */
  verificationQueue: emptySchema,
  verifyLog: z
    .object({ logId: idSchema, decision: decisionSchema, reason: z.string().trim().max(max.decisionReason).optional() })
    .strict()
    .superRefine(requireReasonToReject),
  /** 公示栏 of one grid: posts, holders (masked phone), commitments, approved hours this year. */
  board: z.object({ gridId: idSchema, year: yearSchema.optional() }).strict(),
  /** Staff: approved hours per branch and per member, with star totals, in their jurisdiction. */
  serviceTotals: z
    .object({
      year: yearSchema.optional(),
      nodeId: idSchema.optional(),
      /** The page after this member (the `next` of the page before); the first page without it. */
      after: z
        .object({ name: z.string().max(100), id: idSchema })
        .strict()
        .optional(),
    })
    .strict(),
  /** Staff: the event log (台账) of one post. */
  postHistory: z.object({ postId: idSchema }).strict(),
  /** The members the caller may score in the yearly five-star evaluation, and as whom. */
  starCandidates: z.object({ year: yearSchema.optional() }).strict(),
  scoreStars: z
    .object({
      memberId: idSchema,
      year: yearSchema,
      scores: z
        .object({
          study: starScoreSchema,
          performance: starScoreSchema,
          service: starScoreSchema,
          discipline: starScoreSchema,
          integrity: starScoreSchema,
        })
        .strict(),
    })
    .strict(),
};

export type { ClaimStatus, LogStatus, PostStatus, RaterType, RegistrationStatus, StarKey, StarScores };

export interface BranchDto {
  id: string;
  name: string;
}

export interface PostKindDto {
  id: string;
  name: string;
  description: string;
}

export interface RegistrationDto {
  memberId: string;
  name: string;
  phone: string;
  /** WeChat verified `phone` for the member's own account; otherwise it is only what they typed (未验证). */
  phoneVerified: boolean;
  /** What the roster (花名册) calls the holder of `phone`; null when the roster does not know the number. */
  rosterName: string | null;
  branch: BranchDto;
  employer: string;
  skillKinds: PostKindDto[];
  skills: string;
  grid: PlaceDto;
  village: PlaceDto;
  status: RegistrationStatus;
  submittedAt: string;
  decidedAt: string | null;
  decidedByName: string | null;
  rejectReason: string | null;
  /** Who ended the membership, when and why (status `ended`). */
  ended: { at: string; byName: string; reason: string } | null;
}

/** An ended membership and how many posts it freed. */
export interface MembershipEndedDto {
  registration: RegistrationDto;
  releasedPosts: number;
}

export interface RegistrationFormDto {
  registration: RegistrationDto | null;
  branches: BranchDto[];
  kinds: PostKindDto[];
  /** The grid the branches are for: the one asked about, else the registration's or the home grid. */
  place: { grid: PlaceDto; village: PlaceDto } | null;
  /** Prefill: name and phone as the system knows them. */
  name: string | null;
  phone: string | null;
  /** The number WeChat verified for the caller (绑定手机号); the form offers it first. Null before binding. */
  verifiedPhone: string | null;
}

export interface OverviewDto {
  registration: { status: RegistrationStatus; rejectReason: string | null } | null;
  /** An approved party member: may browse, claim and log. */
  isMember: boolean;
  /** A grid member or branch secretary: has a verification list. */
  canVerify: boolean;
  pendingVerifications: number;
  /** Staff with a jurisdiction: approvals, posts, totals. */
  isStaff: boolean;
  pendingRegistrations: number;
}

export interface RegistrationsDto {
  scope: PlaceDto;
  status: RegistrationStatus;
  registrations: RegistrationDto[];
}

/** Someone holding a post, as the browser shows them. */
export interface HolderDto {
  name: string;
  maskedPhone: string;
  commitment: string;
  claimedAt: string;
}

export interface PostDto {
  id: string;
  grid: PlaceDto;
  kind: PostKindDto;
  title: string;
  duties: string;
  capacity: number;
  held: number;
  status: PostStatus;
  holders: HolderDto[];
}

export interface BrowsePostDto extends PostDto {
  /** The caller holds it. */
  mine: boolean;
  /** Its kind is one of the caller's skills. */
  suitsMe: boolean;
}

export interface BrowseDto {
  village: PlaceDto;
  /** The grids of the member's village; the member's own first. */
  grids: PlaceDto[];
  grid: PlaceDto;
  kinds: PostKindDto[];
  kindId: string | null;
  posts: BrowsePostDto[];
  activeCount: number;
  maxActivePosts: number;
}

export interface StaffPostDto extends PostDto {
  /** What an edit sends back (editPost `version`). */
  version: number;
  createdAt: string;
  closedAt: string | null;
  closeReason: string | null;
}

export interface StaffPostsDto {
  scope: PlaceDto;
  villages: Array<{ village: PlaceDto; grids: PlaceDto[] }>;
  grid: PlaceDto;
  kinds: PostKindDto[];
  posts: StaffPostDto[];
  maxActivePosts: number;
  /** What a change of the limit sends back (setClaimLimit `version`). */
  claimLimitVersion: number;
}

/** A claim as the claim and step-down actions confirm it. */
export interface ClaimReceiptDto {
  postId: string;
  title: string;
  kind: PostKindDto;
  grid: PlaceDto;
  commitment: string;
  status: ClaimStatus;
  claimedAt: string;
  endedAt: string | null;
  endReason: string | null;
}

export interface MyClaimDto extends ClaimReceiptDto {
  /** Approved hours on this post in the record's year. */
  approvedHours: number;
}

export interface ServiceLogDto {
  id: string;
  postId: string;
  postTitle: string;
  kindName: string;
  grid: PlaceDto;
  memberName: string;
  branchName: string;
  date: string;
  hours: number;
  content: string;
  photos: PhotoDto[];
  household: string | null;
  status: LogStatus;
  createdAt: string;
  verifiedByName: string | null;
  verifiedAt: string | null;
  rejectReason: string | null;
}

export interface StarTotalsDto {
  /** Per aspect, 0–100, weighted over the parties who scored; null when nobody has. */
  stars: Record<StarKey, number | null>;
  overall: number | null;
  /** Aspects at 80 or above. */
  starsEarned: number;
  raters: Record<RaterType, number>;
}

export interface MyRecordDto {
  registration: RegistrationDto;
  year: number;
  maxActivePosts: number;
  activeCount: number;
  /** Where this member's photos are uploaded (cloud storage path prefix). */
  photoPathPrefix: string;
  claims: MyClaimDto[];
  /** Twelve months of approved hours. */
  months: Array<{ month: string; hours: number }>;
  approvedHours: number;
  pendingHours: number;
  logs: ServiceLogDto[];
  stars: StarTotalsDto;
}

export interface VerificationItemDto extends ServiceLogDto {
  /** Why the caller may verify it. */
  as: 'gridMember' | 'secretary';
}

export interface VerificationQueueDto {
  logs: VerificationItemDto[];
}

export interface BoardHolderDto extends HolderDto {
  branchName: string;
  approvedHours: number;
}

export interface BoardPostDto {
  id: string;
  kind: PostKindDto;
  title: string;
  duties: string;
  capacity: number;
  held: number;
  holders: BoardHolderDto[];
}

export interface BoardDto {
  grid: PlaceDto;
  village: PlaceDto;
  township: PlaceDto;
  year: number;
  posts: BoardPostDto[];
  approvedHours: number;
}

export interface BranchTotalDto {
  branch: BranchDto;
  members: number;
  approvedHours: number;
  approvedLogs: number;
}

export interface MemberTotalDto {
  memberId: string;
  name: string;
  branchName: string;
  grid: PlaceDto;
  activePosts: number;
  approvedHours: number;
  approvedLogs: number;
  pendingLogs: number;
  stars: StarTotalsDto;
}

export interface ServiceTotalsDto {
  scope: PlaceDto;
  year: number;
  branches: BranchTotalDto[];
  members: MemberTotalDto[];
  totalMembers: number;
  /** Where the next page starts (members are listed by name), or null on the last page. */
  next: MemberCursorDto | null;
  pageSize: number;
}

/** A place in the member list: after this name and id. */
export interface MemberCursorDto {
  name: string;
  id: string;
}

export interface PostEventDto {
  type: string;
  at: string;
  actorName: string;
  memberName: string | null;
  /** What happened, in Chinese, for the ledger. */
  summary: string;
}

export interface PostHistoryDto {
  post: StaffPostDto;
  events: PostEventDto[];
}

export interface StarCandidateDto {
  memberId: string;
  name: string;
  branchName: string;
  grid: PlaceDto;
  raterType: RaterType;
  myScores: StarScores | null;
}

export interface StarCandidatesDto {
  year: number;
  candidates: StarCandidateDto[];
}

export interface StarScoreReceiptDto {
  memberId: string;
  year: number;
  raterType: RaterType;
  scores: StarScores;
}

export interface PostsResponses {
  overview: OverviewDto;
  registrationForm: RegistrationFormDto;
  register: RegistrationDto;
  registrations: RegistrationsDto;
  decideRegistration: RegistrationDto;
  endMembership: MembershipEndedDto;
  staffPosts: StaffPostsDto;
  createPost: StaffPostDto;
  editPost: StaffPostDto;
  closePost: StaffPostDto;
  setClaimLimit: { maxActivePosts: number; version: number };
  browsePosts: BrowseDto;
  claimPost: ClaimReceiptDto;
  stepDown: ClaimReceiptDto;
  logService: ServiceLogDto;
  myRecord: MyRecordDto;
  verificationQueue: VerificationQueueDto;
  verifyLog: ServiceLogDto;
  board: BoardDto;
  serviceTotals: ServiceTotalsDto;
  postHistory: PostHistoryDto;
  starCandidates: StarCandidatesDto;
  scoreStars: StarScoreReceiptDto;
}
