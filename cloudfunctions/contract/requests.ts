import { z } from 'zod';
import { textLimits as max } from './textLimits';
import { idSchema, locationSchema, personNameSchema, phoneSchema, type PhotoDto } from './common';
import type { PlaceDto } from './users';
import type { HandlingLevel, RequestState, RequestStepName } from '../domain/requests/vocabulary';
import { MAX_DEPARTMENT_WORKDAYS, type DepartmentLevel } from '../domain/departments/vocabulary';
import type { CategoryQuestion, FiledAnswer } from '../domain/catalog/categoryQuestions';
import { answersSchema } from './categories';

/** 诉求 (requests): filing, routing, handling, escalation, rating. */

/** What the resident wrote: up to 1,000 characters (what voice input gives). */
const requestTextSchema = z.string().trim().min(1).max(max.requestText);
/** A note or outcome a handler writes. */
const handlingTextSchema = z.string().trim().min(1).max(max.handlingText);
/** A reason given for a step (escalate, suspend, reject, 没解决). */
const reasonSchema = z.string().trim().min(2).max(max.reason);
/** A photo already uploaded to cloud storage (the client uploads first, then sends the fileID). */
const fileIdSchema = z
  .string()
  .trim()
  .max(300)
  .regex(/^cloud:\/\/\S+\/requests\/\S+$/, '图片还没有上传完成，请重新选择图片');
const photosSchema = z.array(fileIdSchema).max(6, '最多上传6张照片').default([]);
/** A key the client makes once per attempt at something, so a retry never does it twice. */
const clientKeySchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, '请求编号格式不正确');
/** The version of the request the person was looking at (optimistic concurrency). */
const versionSchema = z.number().int().min(0).max(1_000_000);

const fileFields = {
  /** Idempotency key: the same key from the same person files at most one request. */
  clientKey: clientKeySchema,
  gridId: idSchema,
  categoryId: idSchema,
  text: requestTextSchema,
  photos: photosSchema,
  location: locationSchema.optional(),
  /** May the resident's name be shown to other residents (public timeline, similar requests)? */
  publicName: z.boolean().default(false),
  /** Answers to the category's extra questions, by question id. */
  answers: answersSchema,
};

/**
 * Where a page of a list ended: the sort key of its last item and its id, so
 * the next page starts right after it (no skip: a deep page costs what the
 * first does). `deadline`: open lists by deadline, most overdue first;
 * `undated`: after them, what has no deadline (paused, awaiting a rating);
 * `updatedAt`: newest first.
 */
const listCursorSchema = z
  .object({
    key: z.enum(['deadline', 'undated', 'updatedAt']),
    at: z.string().datetime().nullable(),
    id: idSchema,
  })
  .strict();

/** Where a page of the plans list ended: its plan date and request id. */
const planCursorSchema = z.object({ at: z.string().datetime(), id: idSchema }).strict();

const requestStateSchema = z.enum([
  'submitted',
  'assigned',
  'accepted',
  'escalated',
  'suspended',
  'reopened',
  'resolved',
  'closed',
  'rejected',
] as const satisfies readonly RequestState[]);

/** Every step on an existing request names it, the version seen, and a key for safe retries. */
const step = { requestId: idSchema, version: versionSchema, opId: clientKeySchema };

export const requestsRequests = {
  /** What the filing form needs: categories, the caller's grid, subscribe-message templates. */
  formOptions: z.object({}).strict(),
  /** 此问题已有人反映: open requests of the same grid and category from the last 14 days. */
  similar: z.object({ gridId: idSchema, categoryId: idSchema }).strict(),
  /** A resident files a request for themself. */
  submit: z
    .object({
      ...fileFields,
      /** Only used when the profile has no name yet: how the grid member addresses them (kept on the profile). */
      contactName: personNameSchema.optional(),
      /**
       * Only used when WeChat has verified no phone for the caller: a number
       * typed to be called back on, kept as unverified contact information
       * (never a key to anyone's requests).
       */
      contactPhone: phoneSchema.optional(),
      /** The resident chose to leave no number (the form asks once). */
      noPhone: z.boolean().optional(),
    })
    .strict(),
  /** 代办: a grid member files for a resident who cannot use a phone. */
  fileOnBehalf: z
    .object({
      ...fileFields,
      residentName: personNameSchema,
      /** 户: how the village knows the household, e.g. "汪屋组12号 汪家". */
      household: z.string().trim().min(1).max(max.household),
      residentPhone: phoneSchema,
      /** A problem found on a visit (民情走访): the visit it was recorded on; the request records it. */
      visitId: idSchema.optional(),
    })
    .strict(),
  follow: z.object({ requestId: idSchema }).strict(),
  unfollow: z.object({ requestId: idSchema }).strict(),
  /** The caller's own requests (filed by them or for their phone) and the ones they follow. */
  mine: z.object({ status: z.enum(['open', 'done']).default('open'), after: listCursorSchema.optional() }).strict(),
  detail: z.object({ requestId: idSchema }).strict(),
  /**
   * Handlers' list: `mine` = what I hold now; `area` = everything open in my
   * grids, at my level, or (staff) in my jurisdiction; `done` = finished there.
   */
  inbox: z
    .object({
      view: z.enum(['mine', 'area', 'done']).default('mine'),
      /** Staff's filters, applied by the database: one state of the view's, a category, a grid of the area, only overdue ones. */
      state: requestStateSchema.optional(),
      categoryId: idSchema.optional(),
      gridId: idSchema.optional(),
      overdue: z.boolean().optional(),
      after: listCursorSchema.optional(),
    })
    .strict(),
  accept: z.object(step).strict(),
  addNote: z
    .object({
      requestId: idSchema,
      opId: clientKeySchema,
      text: handlingTextSchema,
      photos: photosSchema,
      /** Only handlers and staff see an internal note; otherwise the resident sees it too. */
      internal: z.boolean().default(false),
    })
    .strict(),
  resolve: z.object({ ...step, outcome: handlingTextSchema, photos: photosSchema }).strict(),
  escalate: z.object({ ...step, reason: reasonSchema }).strict(),
  suspend: z.object({ ...step, reason: reasonSchema }).strict(),
  resume: z.object(step).strict(),
  reject: z
    .object({
      ...step,
      kind: z.enum(['notOurs', 'duplicate']),
      reason: reasonSchema,
      /** With kind 'duplicate': the request this one repeats. */
      duplicateOf: idSchema.optional(),
    })
    .strict(),
  rate: z
    .object({
      ...step,
      stars: z.number().int().min(1).max(5),
      comment: z.string().trim().max(max.ratingComment).optional(),
    })
    .strict(),
  /** 没解决: the first time back to the same handler, the second time one level up. */
  notSolved: z.object({ ...step, reason: reasonSchema }).strict(),
  /** Staff correct the category; the request is routed again. */
  recategorize: z.object({ ...step, categoryId: idSchema }).strict(),
  /** Who the request could be handed to (改派, 交办部门): the people over its place and the departments serving it. */
  handOptions: z.object({ requestId: idSchema }).strict(),
  /** 限期解决: township staff assign a department, with a deadline in working days and a note. */
  assignDepartment: z
    .object({
      ...step,
      departmentId: idSchema,
      workdays: z.number().int().min(1).max(MAX_DEPARTMENT_WORKDAYS),
      note: reasonSchema,
    })
    .strict(),
  /** The department hands it back to the township, with the reason. */
  returnToTownship: z.object({ ...step, reason: reasonSchema }).strict(),
  /** 改派: the handler or staff over it give it to another person, saying why. */
  reassign: z.object({ ...step, personId: idSchema, note: reasonSchema }).strict(),
  /** 已解释: it cannot be solved now; the explanation closes it (the resident rates it). */
  explain: z.object({ ...step, explanation: handlingTextSchema }).strict(),
  /** 纳入规划: explanation, the plan and the China date it should be done by (after today, ≤ 5 years). */
  plan: z
    .object({
      ...step,
      explanation: handlingTextSchema,
      plan: handlingTextSchema,
      targetDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '请选择计划完成的日期'),
    })
    .strict(),
  /** Staff's list of plans in their jurisdiction, soonest date first (the date passed: 已到期). */
  plans: z.object({ due: z.boolean().optional(), after: planCursorSchema.optional() }).strict(),
};

export type { HandlingLevel, RequestState, RequestStepName };

/** Where the next page of a list starts (see listCursorSchema); null on the last page. */
export type ListCursorDto = z.infer<typeof listCursorSchema>;

/** Filters of a handler's list (inbox), as sent. */
export type InboxFilters = Omit<z.input<(typeof requestsRequests)['inbox']>, 'view' | 'after'>;

export interface CategoryDto {
  id: string;
  name: string;
  /** taro-ui icon name for the big category buttons. */
  icon: string;
  timeLimitDays: number;
  /** Extra questions the filing form asks for this category (补充问题), in order. */
  questions: CategoryQuestion[];
}

export interface HandlerDto {
  name: string;
  title: string;
  level: HandlingLevel;
  /** Where the handler sits, e.g. "湖滨村 第一网格（汪屋组）". */
  place: string;
}

/** Time left before the request escalates, in words the list shows. */
export interface CountdownDto {
  overdue: boolean;
  /** Working days left (rounded up) or, when overdue, calendar days past the deadline. */
  days: number;
  /** e.g. "剩2个工作日", "今天到期", "已超期3天", "已暂停计时". */
  label: string;
}

/** 县里办理: the county that holds the request and until when ("望江县（限12月14日前办结）"). */
export interface CountyHoldDto {
  name: string;
  deadline: string | null;
  words: string;
}

/** 限期解决: the department holding the request (or that solved it) and until when. */
export interface DepartmentHoldDto {
  name: string;
  deadline: string;
  /** In words: "县民政局（限12月7日前解决）". */
  words: string;
  /** 督办: past its deadline, flagged to the township and the county. */
  overdue: boolean;
  /** Still theirs to work on (false once resolved). */
  open: boolean;
  /** Who set its 限期 and takes it back when the department hands it back (退回乡镇 / 退回县里). */
  returnsTo: 'township' | 'county';
}

/** 纳入规划: what will be done and by when (everyone who sees the request reads it). */
export interface PlanDto {
  text: string;
  /** YYYY-MM-DD, China. */
  targetDate: string;
  /** "已纳入规划（计划 2027年3月 完成）" */
  words: string;
  /** "2027年3月15日" */
  dateWords: string;
  /** The date came and it was reopened for follow-up. */
  reopened: boolean;
}

export interface RequestSummaryDto {
  id: string;
  /** Short number people can read out on the phone, e.g. "QS7F3K2A". */
  code: string;
  state: RequestState;
  stateLabel: string;
  categoryId: string;
  categoryName: string;
  excerpt: string;
  gridId: string;
  place: string;
  createdAt: string;
  updatedAt: string;
  handler: HandlerDto | null;
  /** In the township's (or, once it reached the county, the county's) duty queue, waiting for staff to take it. */
  queued: boolean;
  department: DepartmentHoldDto | null;
  /** 县里办理: the county holds it (reached the county, no county department holds it) and until when; else null. */
  county: CountyHoldDto | null;
  /** Ended without a solution: 已解释, 纳入规划 (null for 办结 and while open). */
  outcome: 'explained' | 'planned' | null;
  /** The request's plan, kept after its date came (null when it never had one). */
  plan: PlanDto | null;
  deadline: string | null;
  countdown: CountdownDto | null;
  /** Why the viewer sees it. */
  relation: 'own' | 'following' | 'handling' | 'area';
  /** Filed by a grid member on the resident's behalf (代办). */
  proxy: boolean;
  /** Resident's name, for handlers and the owner; "群众" (or the name, if they agreed) for others. */
  residentLabel: string;
}

export interface TimelineEntryDto {
  id: string;
  at: string;
  /** Who did it, as this viewer may see it: "王秀英", "网格员 汪德华", "系统". */
  actor: string;
  /** What happened, in plain Chinese. */
  what: string;
  note: string | null;
  photos: PhotoDto[];
  state: RequestState;
  internal: boolean;
}

export interface RequestDetailDto extends RequestSummaryDto {
  version: number;
  text: string;
  photos: PhotoDto[];
  location: { address?: string; latitude?: number; longitude?: number } | null;
  /**
   * Name, household and how to reach them: for the owner, handlers and staff
   * only. `phone` '' when the resident left no number (未留电话);
   * `phoneVerified` false for a number someone typed (未验证).
   */
  resident: { name: string; phone: string; phoneVerified: boolean; household: string | null } | null;
  /** Answers to the category's extra questions, with each question's words as asked when it was filed. */
  answers: FiledAnswer[];
  /**
   * The number of whoever holds it now, as the 便民联系卡 shows it: for the
   * owner, followers who may see it, handlers and staff, until it is closed.
   * null when nobody holds it, it is finished, or they have no number.
   */
  handlerPhone: string | null;
  /** Why it went to whom, in words (handlers, staff and the owner). */
  routingReason: string | null;
  resolution: { text: string; photos: PhotoDto[]; at: string } | null;
  rating: { stars: number; comment: string | null } | null;
  rejection: { kind: 'notOurs' | 'duplicate'; reason: string; duplicateOf: string | null } | null;
  followers: number;
  following: boolean;
  /** The 留言 this request was made from (staff and the resident may open it). */
  sourceMessageId: string | null;
  /** The visit (民情日记) it was found on, for handlers and staff. */
  sourceVisitId: string | null;
  timeline: TimelineEntryDto[];
  allowed: RequestStepName[];
  /**
   * The template this viewer's taps here ask for with
   * wx.requestSubscribeMessage: progress notices for the resident and
   * followers (没解决, 关注), task notices for handlers and staff (接单).
   */
  subscribeTemplateIds: string[];
}

export interface SimilarRequestDto {
  id: string;
  code: string;
  excerpt: string;
  stateLabel: string;
  createdAt: string;
  followers: number;
  following: boolean;
  own: boolean;
  residentLabel: string;
}

export interface FormOptionsDto {
  categories: CategoryDto[];
  homeGrid: { grid: PlaceDto; village: PlaceDto; township: PlaceDto } | null;
  /** Grids the caller serves (for 代办), empty for residents. */
  servedGrids: Array<{ grid: PlaceDto; village: PlaceDto }>;
  /** Whether the profile has a name; if not, the form asks for it (once). */
  hasName: boolean;
  /** Whether the profile says how to reach the caller (a verified or typed number, or plainly none); if not, the form asks once. */
  hasPhone: boolean;
  /** The number a handler will call: WeChat-verified, else typed (unverified); null when none. */
  contactPhone: string | null;
  phoneVerified: boolean;
  /** Template ids to ask for with wx.requestSubscribeMessage before submitting. */
  subscribeTemplateIds: string[];
}

export interface SubmitResultDto {
  request: RequestDetailDto;
  /** True when this key had already filed the request (a retry): nothing new was created. */
  replayed: boolean;
}

/** A page of a list: its items, how many the whole list holds, where the next page starts. */
export interface RequestListDto {
  items: RequestSummaryDto[];
  total: number;
  next: ListCursorDto | null;
}

export interface InboxDto extends RequestListDto {
  /** What the caller holds now and what of the view is overdue, whatever the filters. */
  counts: { mine: number; overdue: number };
  /** Template ids a handler subscribes to (new tasks, overdue alerts). */
  subscribeTemplateIds: string[];
}

/** Someone the request can be handed to, and where they would hold it. */
export interface HandCandidateDto {
  id: string;
  name: string;
  /** 网格长, 村党总支书记, 县民政局 … */
  title: string;
  place: string;
}

export interface HandDepartmentDto {
  id: string;
  name: string;
  level: DepartmentLevel;
  /** It takes the request's category (listed first). */
  takesCategory: boolean;
}

export interface HandOptionsDto {
  people: HandCandidateDto[];
  /** Empty unless the caller may assign a department now. */
  departments: HandDepartmentDto[];
  /** 限期解决 offered by default, in working days (the category's time limit). */
  defaultWorkdays: number;
  maxWorkdays: number;
}

/** A row of the staff's plans list. */
export interface PlanItemDto {
  id: string;
  code: string;
  categoryName: string;
  place: string;
  excerpt: string;
  stateLabel: string;
  plan: PlanDto;
  /** Who made the plan: "调解员 周义青". */
  plannedBy: string;
  /** The date has come: reopened for follow-up (or about to be), not yet done. */
  due: boolean;
}

export interface PlanListDto {
  items: PlanItemDto[];
  total: number;
  next: { at: string; id: string } | null;
}

export interface RequestsResponses {
  formOptions: FormOptionsDto;
  similar: { items: SimilarRequestDto[] };
  submit: SubmitResultDto;
  fileOnBehalf: SubmitResultDto;
  follow: RequestDetailDto;
  unfollow: { requestId: string; following: false };
  mine: RequestListDto;
  detail: RequestDetailDto;
  inbox: InboxDto;
  accept: RequestDetailDto;
  addNote: RequestDetailDto;
  resolve: RequestDetailDto;
  escalate: RequestDetailDto;
  suspend: RequestDetailDto;
  resume: RequestDetailDto;
  reject: RequestDetailDto;
  rate: RequestDetailDto;
  notSolved: RequestDetailDto;
  recategorize: RequestDetailDto;
  handOptions: HandOptionsDto;
  assignDepartment: RequestDetailDto;
  returnToTownship: RequestDetailDto;
  reassign: RequestDetailDto;
  explain: RequestDetailDto;
  plan: RequestDetailDto;
  plans: PlanListDto;
}
