import type { ProxyItemSnapshot, ProxyOffice } from './ProxyItem';
import type { ProxyCaseStage, ProxyOutcome, ProxySigner, ProxyStage } from './vocabulary';

/** A stage's time limit and when it was done (the next stage's clock starts then). */
export interface StageRecord {
  /** Null until the stage starts (the stage before it is done). */
  deadline: Date | null;
  doneAt: Date | null;
}

/** What happened to a case, appended and never edited: the case's ledger (台账). */
export interface ProxyCaseEntry {
  at: Date;
  /** The person's OPENID. */
  by: string;
  byName: string;
  /** The stage the step belongs to; `open` and `rate` are the ends; `reassign` handed it to another agent (改派). */
  step: ProxyStage | 'open' | 'rate' | 'reassign';
  /** In words, for the resident and the ledger. */
  what: string;
  photos: string[];
  /** The client's key for the step: a retry finds it here and changes nothing. */
  opId: string;
  /** What was asked under the key (domain/shared/clientKeys): the same key for another request is refused. */
  opFingerprint?: string;
}

export interface ProxyResident {
  /** The account whose WeChat-verified phone matched when the case was opened, if any. */
  id: string | null;
  name: string;
  /** The number the agent wrote down; the resident finds the case by it once WeChat verifies it for them. */
  phone: string;
  household: string;
}

export interface ProxyReturn {
  /** What was handed back (证件, 批复, 材料原件 …). */
  items: string;
  signer: ProxySigner;
  /** The witness's name when the resident could not sign. */
  witnessName: string | null;
  /** The drawn signature, uploaded as an image (a cloud fileID). */
  signature: string;
}

/** A 代办件: one proxy service done for one resident by one agent. */
export interface ProxyCase {
  _id: string;
  /** A short number read out on the phone (DB260312-0001-like). */
  code: string;
  clientKey: string;
  item: ProxyItemSnapshot;
  agentId: string;
  agentName: string;
  gridId: string;
  /** The grid and its village, township and county: staff over any of them see the case. */
  placeIds: string[];
  resident: ProxyResident;
  /** Copies for the indexes (a resident's list). */
  residentPhone: string;
  residentId: string | null;
  stage: ProxyCaseStage;
  /** Not yet handed back (lists split on it). */
  open: boolean;
  stages: Record<ProxyStage, StageRecord>;
  /** The current stage's deadline (null once returned): open lists are ordered by it. */
  deadline: Date | null;
  materialsChecked: string[];
  photos: string[];
  office: ProxyOffice | null;
  /** China date the materials were taken to the office. */
  sentOn: string | null;
  result: { outcome: ProxyOutcome; reason: string } | null;
  returned: ProxyReturn | null;
  rating: { stars: number; comment: string; at: Date } | null;
  timeline: ProxyCaseEntry[];
  /** Counts the steps: a step names the version it saw (of two at once, one wins). */
  version: number;
  createdAt: Date;
  updatedAt: Date;
  /** When it was handed back: the figures count a case in the period it was returned in. */
  returnedAt: Date | null;
  /**
   * The 改派 message WeChat would not deliver to the agent it named (no
   * acceptance left, the quota…): staff over the case see it and phone them.
   * Absent or null: delivered, or none was due.
   */
  agentUnreached?: AgentUnreached | null;
  /** When it was last 改派 (absent or null: never, or before this was kept): one handed on after its deadline is not handed on again blindly. */
  reassignedAt?: Date | null;
}

/** A 改派 message that did not reach the new agent. */
export interface AgentUnreached {
  agentId: string;
  at: Date;
  /** WeChat's code (43101: no acceptance of the template left). */
  errCode: number;
  /**
   * The agent refused the message (no acceptance left, 43101) rather than the
   * send failing (template missing, quota, any other error). Absent on entries
   * written before it was kept: judged by `errCode`.
   */
  notAllowed?: boolean;
}
