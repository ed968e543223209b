import { z } from 'zod';
import { idSchema } from './common';
import type { Assessment } from '../domain/dashboard/assessment';
import type { RequestTotals } from '../domain/dashboard/requestFigures';
import type { AgentFigures } from '../domain/proxy/figures';
import { FIGURE_PERIODS, type FigurePeriodKind } from '../domain/proxy/vocabulary';

/** 工作台 / 督办: figures for a staff member's jurisdiction, and reminders about overdue requests. */

/** A month in China time, "2026-11". */
const monthSchema = z.string().regex(/^20\d\d-(0[1-9]|1[0-2])$/, '请选择月份');
const opIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, '请求编号格式不正确');

export const dashboardRequests = {
  /** Requests filed in the months from..to (inclusive), plus what is overdue or unanswered right now. */
  overview: z
    .object({ from: monthSchema, to: monthSchema })
    .strict()
    .refine((p) => p.from <= p.to, { message: '开始月份不能晚于结束月份', path: ['to'] }),
  /** 一键督办: remind the handler of an overdue request; recorded in the request's ledger. */
  remind: z.object({ requestId: idSchema, opId: opIdSchema }).strict(),
  /**
   * 代理代办 on the 工作台: the jurisdiction's agents' figures for a month or a
   * quarter (what the allowance is set from), a page at a time after `after`
   * rows already shown.
   */
  proxyAgents: z
    .object({
      kind: z.enum(FIGURE_PERIODS),
      year: z.number().int().min(2020).max(2100),
      number: z.number().int().min(1).max(12),
      after: z.number().int().min(0).max(100_000).default(0),
    })
    .strict(),
};

/** On-time rate, satisfaction and the assessment score of a grid or a grid member (the domain's, as it is). */
export type AssessmentDto = Assessment;

export interface RankedGridDto extends AssessmentDto {
  id: string;
  name: string;
  village: string;
  total: number;
}

export interface RankedMemberDto extends AssessmentDto {
  id: string;
  name: string;
  grid: string;
}

export interface OverdueItemDto {
  id: string;
  code: string;
  excerpt: string;
  place: string;
  handlerName: string | null;
  deadline: string;
  /** Whole days past the deadline (0 = less than a day). */
  daysOverdue: number;
  /** The last 督办 reminder, if any. */
  remindedAt: string | null;
}

export interface UnansweredMessageDto {
  id: string;
  excerpt: string;
  place: string;
  ownerName: string | null;
  waitingHours: number;
}

export interface DashboardDto {
  scope: { id: string; name: string };
  period: { from: string; to: string };
  /**
   * The request figures include every change up to this instant (the timer
   * runs every minute); null before its first run. The 督办 list, messages,
   * service days and posts are live.
   */
  asOf: string | null;
  /** The requests of the period, summed (the domain's figures as they are). */
  requests: RequestTotals;
  overdue: OverdueItemDto[];
  grids: RankedGridDto[];
  members: RankedMemberDto[];
  serviceDays: { sessions: number; bookings: number; checkedIn: number; noShows: number };
  posts: { activeClaims: number; claimedInPeriod: number; approvedHours: number; approvedLogs: number };
  messages: { waiting: number; unansweredOver24h: UnansweredMessageDto[] };
}

/** An agent's row on the 工作台: the figures and where the agent works. */
export interface ProxyAgentRowDto extends AgentFigures {
  /** The agent's id again, as every paged list's items carry it. */
  id: string;
  /** The village and grid most of the agent's cases of the period lie in. */
  place: string;
}

export interface ProxyAgentsDto {
  scope: { id: string; name: string };
  period: { kind: FigurePeriodKind; year: number; number: number; from: string; to: string };
  /** Agents with a case received or handed back in the period, in the jurisdiction. */
  total: number;
  /** The agents after `after`, in the order an allowance is decided in. */
  items: ProxyAgentRowDto[];
  /** The `after` of the next page; null when these are the last. */
  next: number | null;
}

export interface DashboardResponses {
  overview: DashboardDto;
  proxyAgents: ProxyAgentsDto;
  remind: { requestId: string; remindedAt: string; replayed: boolean };
}
