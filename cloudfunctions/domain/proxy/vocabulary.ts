/**
 * 代理代办 (proxy services): the words the domain, the contract and the
 * mini-program share. Import-free and zod-free.
 *
 * A case (代办件) goes through four stages in order: 收件 (the materials
 * checked off against the item's list), 送办 (taken to the office that
 * decides), 办结 (the office's result), 交还 (what was returned to the
 * resident, signed for). Each stage has its own time limit in working days.
 */
export const PROXY_STAGES = ['receive', 'send', 'conclude', 'handBack'] as const;
export type ProxyStage = (typeof PROXY_STAGES)[number];

/** Where a case stands: in one of its stages, or returned to the resident. */
export type ProxyCaseStage = ProxyStage | 'done';

/** The office's decision (办结). */
export const PROXY_OUTCOMES = ['approved', 'rejected'] as const;
export type ProxyOutcome = (typeof PROXY_OUTCOMES)[number];

/** Who signed for what was returned: the resident, or a witness when the resident cannot sign. */
export const PROXY_SIGNERS = ['resident', 'witness'] as const;
export type ProxySigner = (typeof PROXY_SIGNERS)[number];

/** The period the agents' figures are counted over (the allowance is set per month or per quarter). */
export const FIGURE_PERIODS = ['month', 'quarter'] as const;
export type FigurePeriodKind = (typeof FIGURE_PERIODS)[number];

/** Working days a stage may take, at most (a longer one is a typing error, not a rule). */
export const MAX_STAGE_DAYS = 60;
/** Materials one item asks for, at most. */
export const MAX_MATERIALS = 20;
/** Photos of materials one 收件 step may carry. */
export const MAX_CASE_PHOTOS = 9;
