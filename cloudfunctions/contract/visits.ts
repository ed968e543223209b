import { z } from 'zod';
import {
  AGE_BANDS,
  CALLBACK_VERDICTS,
  RELATIONS,
  VISIT_KINDS,
  VISIT_LIMITS,
  type AgeBand,
  type CadreLevel,
  type CallbackVerdict,
  type Relation,
  type VisitKind,
} from '../domain/visits/vocabulary';
import { clientKeySchema, dateSchema, emptySchema, idSchema, locationSchema, personNameSchema, phoneSchema, type PhotoDto } from './common';
import { textLimits as max } from './textLimits';
import type { PlaceDto } from './users';

/**
 * 民情走访: households (民情档案), the cadres who look after them (包保/结对),
 * visit diaries (民情日记) written at the door, visit days against the quota,
 * who needs a visit, and supervisors' 调阅 and 回访.
 */

export type { AgeBand, CadreLevel, CallbackVerdict, Relation, VisitKind };

/** An optional line of text of at most `max` characters ('' when left empty). */
const optionalText = (max: number) => z.string().trim().max(max).default('');
const requiredText = (max: number) => z.string().trim().min(1).max(max);

/** A photo of a visit, already uploaded to cloud storage under visits/. */
const visitPhotoSchema = z
  .string()
  .trim()
  .max(300)
  .regex(/^cloud:\/\/\S+\/visits\/\S+$/, '照片还没有上传完成，请重新选择照片');

const yearSchema = z.number().int().min(2020).max(2100);
const versionSchema = z.number().int().min(0).max(1_000_000);
const tagIdSchema = z.string().trim().min(1).max(32);

const memberSchema = z
  .object({
    name: personNameSchema,
    relation: z.enum(RELATIONS),
    ageBand: z.enum(AGE_BANDS).default('unknown'),
    phone: z.union([z.literal(''), phoneSchema]).default(''),
    /** The cadre confirmed the number (called it); contact data only, never a right. */
    phoneVerified: z.boolean().default(false),
    /** A registered resident of the grid this member is (they then see the household). */
    userId: idSchema.nullable().default(null),
  })
  .strict();

const problemSchema = z
  .object({
    /** Also the 诉求's idempotency key: the problem is filed once. */
    key: clientKeySchema,
    householdId: idSchema,
    categoryId: idSchema,
    text: requiredText(max.visitProblem),
  })
  .strict();

const assignmentKindSchema = z.enum(['household', 'grid']);

/** A cursor of a list: the key of the last item shown. */
const cursorSchema = z.string().trim().min(1).max(200);

export const visitsRequests = {
  /** What the visit pages need: the caller as a cadre, their grids, the tags, problem categories. */
  visitOptions: emptySchema,
  /** 民情档案 of a grid or a village, optionally of one tag. */
  households: z.object({ placeId: idSchema, tag: tagIdSchema.optional() }).strict(),
  /** The households a cadre is paired with (结对帮扶). */
  myHouseholds: emptySchema,
  household: z.object({ householdId: idSchema }).strict(),
  /** A resident's own household(s), as a member linked to them. */
  myHousehold: emptySchema,
  /** Records a household (no id) or edits one (its id and the version seen). */
  saveHousehold: z
    .object({
      opId: clientKeySchema,
      householdId: idSchema.optional(),
      version: versionSchema.optional(),
      gridId: idSchema,
      group: optionalText(max.householdGroup),
      address: optionalText(max.householdAddress),
      members: z
        .array(memberSchema)
        .min(1, '请填写户主')
        .max(VISIT_LIMITS.membersPerHousehold, `一户最多登记${VISIT_LIMITS.membersPerHousehold}人`),
      tags: z.array(tagIdSchema).max(VISIT_LIMITS.tagsPerHousehold).default([]),
      needs: optionalText(max.householdNeeds),
    })
    .strict()
    .refine((p) => (p.householdId === undefined) === (p.version === undefined), { message: '修改时要带上看到的版本', path: ['version'] }),
  /** Registered residents of a grid, to link a member to their account. */
  gridResidents: z.object({ gridId: idSchema }).strict(),
  /** People who may be given a household or a grid to look after. */
  cadreCandidates: z.object({ placeId: idSchema }).strict(),
  /** 包保 of a grid: who looks after it now, and its history. */
  gridAssignments: z.object({ gridId: idSchema }).strict(),
  /** Assigns a cadre to a household (结对) or a grid (包保); `replaces` ends another's the day before. */
  assignCadre: z
    .object({
      opId: clientKeySchema,
      kind: assignmentKindSchema,
      targetId: idSchema,
      cadreId: idSchema,
      since: dateSchema,
      replaces: idSchema.optional(),
    })
    .strict(),
  endAssignment: z
    .object({
      opId: clientKeySchema,
      kind: assignmentKindSchema,
      targetId: idSchema,
      cadreId: idSchema,
      until: dateSchema,
      reason: requiredText(max.assignmentEndReason),
    })
    .strict(),
  /** 民情日记: one visit, written at the door; the key makes a resend record nothing new. */
  recordVisit: z
    .object({
      clientKey: clientKeySchema,
      householdIds: z.array(idSchema).min(1, '请选择走访的住户').max(VISIT_LIMITS.householdsPerVisit),
      /** When it happened (ISO 8601): the entry may reach the server days later. */
      at: z.string().datetime({ offset: true, message: '走访时间格式不正确' }),
      kind: z.enum(VISIT_KINDS),
      seen: requiredText(max.visitSeen),
      said: optionalText(max.visitSaid),
      help: optionalText(max.visitHelp),
      photos: z.array(visitPhotoSchema).max(VISIT_LIMITS.photosPerVisit, `最多${VISIT_LIMITS.photosPerVisit}张照片`).default([]),
      location: locationSchema.optional(),
      /** Problems found at the door: each becomes a 诉求 (代办) for its household. */
      problems: z.array(problemSchema).max(VISIT_LIMITS.problemsPerVisit).default([]),
    })
    .strict(),
  visitDetail: z.object({ visitId: idSchema }).strict(),
  /**
   * Diaries: the caller's own, a place's (调阅), a household's, one cadre's,
   * or the callbacks the caller marked and has not recorded yet.
   */
  diary: z.discriminatedUnion('view', [
    z.object({ view: z.literal('mine'), before: cursorSchema.optional() }).strict(),
    z.object({ view: z.literal('place'), placeId: idSchema, before: cursorSchema.optional() }).strict(),
    z.object({ view: z.literal('household'), householdId: idSchema }).strict(),
    z.object({ view: z.literal('cadre'), cadreId: idSchema, before: cursorSchema.optional() }).strict(),
    z.object({ view: z.literal('callbacks') }).strict(),
  ]),
  /** A problem found at a visit becomes a 诉求, or one that failed is filed again. */
  reportProblem: z.object({ visitId: idSchema, problem: problemSchema }).strict(),
  /** A supervisor marks a visit for a callback (回访). */
  markCallback: z.object({ opId: clientKeySchema, visitId: idSchema, reason: requiredText(max.callbackReason) }).strict(),
  /** …and records what the callback found. */
  recordCallback: z
    .object({ opId: clientKeySchema, visitId: idSchema, verdict: z.enum(CALLBACK_VERDICTS), text: requiredText(max.callbackText) })
    .strict(),
  /** The caller's visit days this year against their quota. */
  myProgress: z.object({ year: yearSchema }).strict(),
  /** Supervisors: the cadres of a place and its next level, each with their visit days. */
  progress: z.object({ placeId: idSchema, year: yearSchema }).strict(),
  /** Tagged households of a place not visited within their tags' period, most overdue first. */
  needsVisit: z.object({ placeId: idSchema, after: cursorSchema.optional() }).strict(),
  /** 工作台: how many households of the staff member's place need a visit, and the most overdue few. */
  needsVisitPanel: emptySchema,
  /** Staff remind the cadres who look after a household that it needs a visit. */
  remind: z.object({ opId: clientKeySchema, householdId: idSchema }).strict(),
  /** The county's tags, visit periods and quotas. */
  visitRules: emptySchema,
  saveVisitRules: z
    .object({
      tags: z
        .array(
          z
            .object({
              id: tagIdSchema.optional(),
              name: requiredText(max.visitTagName),
              active: z.boolean(),
              visitEveryDays: z.number().int().min(0).max(365),
            })
            .strict(),
        )
        .min(1)
        .max(VISIT_LIMITS.tagsPerCounty),
      quota: z
        .object({
          county: z.number().int().min(0).max(366),
          township: z.number().int().min(0).max(366),
          village: z.number().int().min(0).max(366),
        })
        .strict(),
      /** The version the editor was opened at (VisitRulesDto.version); a stale one is a CONFLICT. */
      version: z.number().int().min(0).max(1_000_000),
    })
    .strict(),
};

export interface VisitTagDto {
  id: string;
  name: string;
  active: boolean;
  visitEveryDays: number;
}

export interface PersonRefDto {
  id: string;
  name: string;
}

/** A cadre looking after a household or grid, with a number to call. */
export interface CadreDto {
  id: string;
  name: string;
  since: string;
  phone: string;
}

export interface MemberDto {
  name: string;
  relation: Relation;
  ageBand: AgeBand;
  /** In full for the cadres who look after the household; masked (139****0101) for everyone else; '' if none. */
  phone: string;
  phoneMasked: boolean;
  phoneVerified: boolean;
  /** The member's account, for the keepers (to keep the link when editing); null otherwise or when not linked. */
  userId: string | null;
  linked: boolean;
}

export interface HouseholdSummaryDto {
  id: string;
  label: string;
  gridId: string;
  place: string;
  group: string;
  address: string;
  headName: string;
  memberCount: number;
  tags: string[];
  cadreNames: string[];
  lastVisitDay: string | null;
  /** The China day it next needs a visit by its tags; null: no rule applies. */
  dueDay: string | null;
  overdueDays: number | null;
}

export type HouseholdStep = 'edit' | 'visit' | 'assign' | 'remind';

export interface RecordLogDto {
  at: string;
  by: string;
  what: string;
}

export interface HouseholdDetailDto extends HouseholdSummaryDto {
  version: number;
  members: MemberDto[];
  needs: string;
  cadres: CadreDto[];
  /** Who looks after it: its own cadres, else its grid's 包保 cadres, else its grid's members. */
  caretakers: { source: 'paired' | 'beat' | 'grid'; people: PersonRefDto[] };
  recentVisits: VisitSummaryDto[];
  log: RecordLogDto[];
  /** How the caller stands to it. */
  role: 'keeper' | 'caretaker' | 'member';
  allowed: HouseholdStep[];
}

/** What a resident sees of their own household: who is in it and who to call. */
export interface ResidentHouseholdDto {
  id: string;
  label: string;
  place: string;
  members: MemberDto[];
  /** Who looks after it (its own cadres, else its grid's 包保 cadres, else its grid's members); `since` '' when not assigned by name. */
  cadres: CadreDto[];
  lastVisitDay: string | null;
}

export interface VisitSummaryDto {
  id: string;
  at: string;
  day: string;
  kind: VisitKind;
  cadreId: string;
  cadreName: string;
  place: string;
  households: Array<{ id: string; label: string }>;
  excerpt: string;
  photoCount: number;
  problemCount: number;
  callbackState: 'none' | 'pending' | 'done';
  /** The list's cursor: pass as `before` to read on. */
  cursor: string;
}

export interface ProblemDto {
  key: string;
  householdId: string;
  householdLabel: string;
  categoryId: string;
  categoryName: string;
  text: string;
  requestId: string | null;
  requestCode: string | null;
  error: string | null;
}

export interface CallbackDto {
  markedBy: string;
  markedAt: string;
  reason: string;
  outcome: { verdict: CallbackVerdict; text: string; by: string; at: string } | null;
}

export type VisitStepName = 'reportProblem' | 'markCallback' | 'recordCallback';

export interface VisitDetailDto extends VisitSummaryDto {
  gridId: string;
  seen: string;
  said: string;
  help: string;
  photos: PhotoDto[];
  location: { address?: string; latitude?: number; longitude?: number } | null;
  problems: ProblemDto[];
  callback: CallbackDto | null;
  log: RecordLogDto[];
  allowed: VisitStepName[];
}

export interface RecordVisitDto {
  visit: VisitDetailDto;
  /** True when this key had already recorded the visit (a resend): nothing new was written. */
  replayed: boolean;
}

export interface DiaryDto {
  items: VisitSummaryDto[];
  /** Pass as `before` for older entries; null at the end. */
  next: string | null;
}

export interface QuotaProgressDto {
  year: number;
  level: CadreLevel;
  days: number;
  quota: number;
  expectedByNow: number;
  onTrack: boolean;
  done: boolean;
}

export interface MyProgressDto {
  /** Null for someone who is not a cadre (no grid duty, no staff place). */
  progress: QuotaProgressDto | null;
  /** The visit days counted, newest first. */
  days: string[];
}

export interface CadreProgressDto {
  id: string;
  name: string;
  /** Their duty or post, e.g. "网格长 · 第一网格（汪屋组）". */
  title: string;
  progress: QuotaProgressDto;
}

export interface ProgressDto {
  place: PlaceDto;
  /** The places under it, to read on (none under a village: its grids' members are listed with it). */
  children: PlaceDto[];
  cadres: CadreProgressDto[];
  year: number;
}

export interface NeedsVisitItemDto {
  household: HouseholdSummaryDto;
  /** The tags whose period has run out. */
  overdueTags: string[];
  caretakers: { source: 'paired' | 'beat' | 'grid'; names: string[] };
  lastRemindedAt: string | null;
}

export interface NeedsVisitDto {
  place: PlaceDto;
  items: NeedsVisitItemDto[];
  /** Pass as `after` to read on; null at the end. */
  next: string | null;
  canRemind: boolean;
}

export interface NeedsVisitPanelDto {
  place: PlaceDto;
  /** Every household of the place that needs a visit now. */
  total: number;
  /** The most overdue few, with who looks after them (the whole list: 走访督导). */
  items: NeedsVisitItemDto[];
}

export interface RemindDto {
  householdId: string;
  remindedAt: string;
  people: string[];
  /** How many of them WeChat accepted a message for (the others have not turned reminders on: phone them). */
  notified: number;
  replayed: boolean;
}

export interface AssignmentsDto {
  kind: 'household' | 'grid';
  targetId: string;
  targetLabel: string;
  cadres: CadreDto[];
  log: RecordLogDto[];
  version: number;
}

export interface CandidateDto {
  id: string;
  name: string;
  /** e.g. "网格长 · 第一网格（汪屋组）", "乡党委副书记 · 凉泉乡". */
  title: string;
}

export interface VisitOptionsDto {
  /** Grid member on duty, or staff with a place. */
  cadre: boolean;
  level: CadreLevel | null;
  /** Grids the caller serves or looks after (包保). */
  grids: Array<{ grid: PlaceDto; village: PlaceDto; beat: boolean }>;
  /** Staff: their place (supervision starts there). */
  scope: PlaceDto | null;
  tags: VisitTagDto[];
  categories: Array<{ id: string; name: string; icon: string }>;
  /** Template ids a cadre subscribes to (reminders to visit). */
  reminderTemplateIds: string[];
}

export interface VisitRulesDto {
  countyId: string;
  countyName: string;
  tags: VisitTagDto[];
  quota: Record<CadreLevel, number>;
  version: number;
  editable: boolean;
}

export interface VisitsResponses {
  visitOptions: VisitOptionsDto;
  households: { place: PlaceDto; items: HouseholdSummaryDto[] };
  myHouseholds: { items: HouseholdSummaryDto[] };
  household: HouseholdDetailDto;
  myHousehold: { items: ResidentHouseholdDto[] };
  saveHousehold: HouseholdDetailDto;
  gridResidents: { items: Array<{ id: string; name: string; phone: string }> };
  cadreCandidates: { items: CandidateDto[] };
  gridAssignments: AssignmentsDto;
  assignCadre: AssignmentsDto;
  endAssignment: AssignmentsDto;
  recordVisit: RecordVisitDto;
  visitDetail: VisitDetailDto;
  diary: DiaryDto;
  reportProblem: VisitDetailDto;
  markCallback: VisitDetailDto;
  recordCallback: VisitDetailDto;
  myProgress: MyProgressDto;
  progress: ProgressDto;
  needsVisit: NeedsVisitDto;
  needsVisitPanel: NeedsVisitPanelDto;
  remind: RemindDto;
  visitRules: VisitRulesDto;
  saveVisitRules: VisitRulesDto;
}
