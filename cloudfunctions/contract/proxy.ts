import { z } from 'zod';
import { textLimits as max } from './textLimits';
import { clientKeySchema, dateSchema, idSchema, NEW_NEEDS_KEY, personNameSchema, phoneSchema, type PhotoDto } from './common';
import type { AgentFigures } from '../domain/proxy/figures';
import type { StuckReason } from '../domain/proxy/stuckCases';
import type { UnreachedCause } from '../domain/proxy/agentUnreached';
import {
  FIGURE_PERIODS,
  MAX_CASE_PHOTOS,
  MAX_MATERIALS,
  MAX_STAGE_DAYS,
  PROXY_OUTCOMES,
  PROXY_SIGNERS,
  type FigurePeriodKind,
  type ProxyCaseStage,
  type ProxyOutcome,
  type ProxySigner,
  type ProxyStage,
} from '../domain/proxy/vocabulary';

/** 代理代办 (proxy services): the catalogue of items, cases through four stages, the agents' figures. */

/** A photo of materials or a drawn signature, already uploaded under `proxy/`. */
const proxyFileSchema = z
  .string()
  .trim()
  .max(300)
  .regex(/^cloud:\/\/\S+\/proxy\/\S+$/, '图片还没有上传完成，请重新选择');
const photosSchema = z.array(proxyFileSchema).max(MAX_CASE_PHOTOS, `一次最多上传${MAX_CASE_PHOTOS}张照片`).default([]);
const materialSchema = z.string().trim().min(1).max(max.proxyMaterial);
const stageDaysSchema = z.number().int().min(1, '至少1个工作日').max(MAX_STAGE_DAYS, `最多${MAX_STAGE_DAYS}个工作日`);
const versionSchema = z.number().int().min(0).max(1_000_000);
/** Every step on a case names it, the version seen and a key for safe retries. */
const step = { caseId: idSchema, version: versionSchema, opId: clientKeySchema };
const figuresCursorSchema = z.object({ at: z.string().datetime(), id: idSchema }).strict();

export const proxyRequests = {
  /** The catalogue: active items for everyone; administrators also see retired ones and the departments to pick. */
  catalogue: z.object({ includeRetired: z.boolean().default(false) }).strict(),
  /** The county administrator adds an item (no `itemId`) or edits one on the `version` shown (retiring is `active: false`). */
  saveItem: z
    .object({
      itemId: idSchema.optional(),
      version: versionSchema.optional(),
      name: z.string().trim().min(1).max(max.proxyItemName),
      materials: z.array(materialSchema).min(1, '请至少列一项材料').max(MAX_MATERIALS, `材料最多${MAX_MATERIALS}项`),
      /** The department that decides, when one fits; otherwise `officeName` says where it is decided. */
      departmentId: idSchema.optional(),
      officeName: z.string().trim().min(1).max(max.departmentName).optional(),
      stageDays: z
        .object({ receive: stageDaysSchema, send: stageDaysSchema, conclude: stageDaysSchema, handBack: stageDaysSchema })
        .strict(),
      guide: z.string().trim().max(max.proxyGuide).default(''),
      active: z.boolean().default(true),
      order: z.number().int().min(0).max(10_000).default(100),
      /** The phone's key of a new one, kept until answered: a resend after a lost answer adds it once. */
      clientKey: clientKeySchema.optional(),
    })
    .strict()
    .refine((p) => p.itemId !== undefined || p.clientKey !== undefined, { message: NEW_NEEDS_KEY, path: ['clientKey'] }),
  /** An agent opens a case for a resident of their grid; the same key opens at most one case. */
  openCase: z
    .object({
      clientKey: clientKeySchema,
      itemId: idSchema,
      gridId: idSchema,
      residentName: personNameSchema,
      residentPhone: phoneSchema,
      household: z.string().trim().min(1).max(max.household),
      checked: z.array(materialSchema).max(MAX_MATERIALS).default([]),
      photos: photosSchema,
    })
    .strict(),
  /** 收件: more materials checked off, with photos. */
  receive: z.object({ ...step, checked: z.array(materialSchema).max(MAX_MATERIALS), photos: photosSchema }).strict(),
  /** 送办: to which office (the item's unless named), on which day. */
  send: z
    .object({
      ...step,
      officeName: z.string().trim().min(1).max(max.departmentName).optional(),
      sentOn: dateSchema,
      note: z.string().trim().max(max.reason).default(''),
    })
    .strict(),
  /** 办结: the office's decision; a refusal says why. */
  conclude: z.object({ ...step, outcome: z.enum(PROXY_OUTCOMES), reason: z.string().trim().max(max.reason).default('') }).strict(),
  /** 交还: what was handed back, signed on the phone by the resident or a witness. */
  handBack: z
    .object({
      ...step,
      items: z.string().trim().min(1).max(max.proxyReturned),
      signer: z.enum(PROXY_SIGNERS),
      witnessName: personNameSchema.optional(),
      signature: proxyFileSchema,
    })
    .strict(),
  rate: z
    .object({
      caseId: idSchema,
      opId: clientKeySchema,
      stars: z.number().int().min(1).max(5),
      comment: z.string().trim().max(max.ratingComment).default(''),
    })
    .strict(),
  caseDetail: z.object({ caseId: idSchema }).strict(),
  /** 改派: staff over the case (or its agent still in charge) hand it to another agent of its grid, saying why. */
  reassign: z.object({ ...step, personId: idSchema, reason: z.string().trim().min(2, '请写明改派的原因').max(max.reason) }).strict(),
  /** Whom 改派 would accept now: everyone serving the case's grid but its agent. */
  reassignOptions: z.object({ caseId: idSchema }).strict(),
  /** The caller's cases as a resident (opened for them or for their verified phone), newest first. */
  myCases: z.object({}).strict(),
  /** An agent's cases: open ones by deadline, finished ones newest first. */
  agentCases: z.object({ view: z.enum(['open', 'done']).default('open'), after: figuresCursorSchema.optional() }).strict(),
  /** Staff: the open cases of their jurisdiction waiting for 改派 (agent gone or moved away, or past the stage's limit), most urgent first. */
  stuckCases: z.object({ after: figuresCursorSchema.optional() }).strict(),
  /** 代办补贴 figures per agent for a month or a quarter: staff see the agents of their jurisdiction, an agent their own. */
  figures: z
    .object({
      kind: z.enum(FIGURE_PERIODS),
      year: z.number().int().min(2020).max(2100),
      number: z.number().int().min(1).max(12),
    })
    .strict(),
};

export type { FigurePeriodKind, ProxyCaseStage, ProxyOutcome, ProxySigner, ProxyStage, StuckReason, UnreachedCause };

export interface ProxyOfficeDto {
  departmentId: string | null;
  name: string;
}

export interface ProxyItemDto {
  id: string;
  name: string;
  materials: string[];
  office: ProxyOfficeDto;
  stageDays: Record<ProxyStage, number>;
  guide: string;
  active: boolean;
  order: number;
  version: number;
}

export interface CatalogueDto {
  items: ProxyItemDto[];
  /** Active departments an administrator may name as the office (empty for others). */
  departments: Array<{ id: string; name: string }>;
  /** Whether the caller may edit the catalogue. */
  editable: boolean;
  /** How many materials an item may list and working days a stage may take (for the editor). */
  limits: { materials: number; stageDays: number };
  /** The grids the caller may open cases in (agents only). */
  grids: Array<{ id: string; name: string }>;
  /** Where the caller's photos go (agents only, else null): a case accepts only files under it. */
  uploadFolder: string | null;
}

export interface ProxyStageDto {
  stage: ProxyStage;
  deadline: string | null;
  doneAt: string | null;
  /** Done after its deadline, or still open past it. */
  late: boolean;
}

export interface ProxyEntryDto {
  at: string;
  byName: string;
  step: ProxyStage | 'open' | 'rate' | 'reassign';
  what: string;
  photos: PhotoDto[];
}

/** A case in a list. */
export interface ProxyCaseSummaryDto {
  id: string;
  code: string;
  itemName: string;
  residentName: string;
  agentName: string;
  stage: ProxyCaseStage;
  /** The current stage's deadline; null once returned. */
  deadline: string | null;
  overdue: boolean;
  rated: boolean;
  updatedAt: string;
}

export interface ProxyCaseDto extends ProxyCaseSummaryDto {
  version: number;
  materials: string[];
  materialsChecked: string[];
  photos: PhotoDto[];
  guide: string;
  household: string;
  /** Only for its agent and staff: the resident's number. */
  residentPhone: string | null;
  office: ProxyOfficeDto;
  sentOn: string | null;
  result: { outcome: ProxyOutcome; reason: string } | null;
  returned: { items: string; signer: ProxySigner; witnessName: string | null; signature: PhotoDto } | null;
  rating: { stars: number; comment: string } | null;
  stages: ProxyStageDto[];
  timeline: ProxyEntryDto[];
  /** What the caller may do now. */
  canAct: boolean;
  /** Where the caller's photos and the signature go when they may act (else null). */
  uploadFolder: string | null;
  canRate: boolean;
  /** Whether the caller may 改派 it now (staff over it, or its agent still serving its grid; open cases only). */
  canReassign: boolean;
  /** For staff over it: the 改派 message did not reach the agent holding it (phone them), and why; else null. */
  agentUnreached: UnreachedCause | null;
}

/** Someone 改派 would give a case to: they serve its grid now. */
export interface CaseAssigneeDto {
  id: string;
  name: string;
  /** 网格员 (their duty's title) or 工作人员. */
  title: string;
}

export interface OpenCaseResultDto {
  case: ProxyCaseDto;
  /** The same key was sent before: this is the case it opened. */
  replayed: boolean;
}

export interface AgentCasesDto {
  items: ProxyCaseSummaryDto[];
  total: number;
  next: { at: string; id: string } | null;
}

/** A case waiting for 改派, with why. */
export interface StuckCaseDto extends ProxyCaseSummaryDto {
  reasons: StuckReason[];
  /** Days past the current stage's deadline (a part of a day is one); 0 within it. */
  overdueDays: number;
  /** Overdue and already 改派 after its deadline: its holder (`agentName`) got it late, so staff phone before handing it on again. */
  reassignedLate: boolean;
}

export interface StuckCasesDto {
  items: StuckCaseDto[];
  total: number;
  next: { at: string; id: string } | null;
}

export interface FiguresDto {
  period: { kind: FigurePeriodKind; year: number; number: number; from: string; to: string };
  rows: AgentFigures[];
}

export interface ProxyResponses {
  catalogue: CatalogueDto;
  saveItem: ProxyItemDto;
  openCase: OpenCaseResultDto;
  receive: ProxyCaseDto;
  send: ProxyCaseDto;
  conclude: ProxyCaseDto;
  handBack: ProxyCaseDto;
  rate: ProxyCaseDto;
  caseDetail: ProxyCaseDto;
  reassign: ProxyCaseDto;
  reassignOptions: { people: CaseAssigneeDto[] };
  myCases: { items: ProxyCaseSummaryDto[] };
  agentCases: AgentCasesDto;
  stuckCases: StuckCasesDto;
  figures: FiguresDto;
}
