import type { LastEdit } from '../shared/lastEdit';
import type { Role } from './vocabulary';

/** What a grid member does in one grid: a title and the request categories it covers. */
export interface GridDuty {
  gridId: string;
  /** e.g. 网格长, 调解员, 治安巡逻员. */
  title: string;
  categoryIds: string[];
  /** 第一责任人 of the grid: takes what no duty covers. */
  firstResponsible: boolean;
}

/** A village or township responsibility (村两委, 乡镇干部): first responsible person of a node. */
export interface NodeDuty {
  nodeId: string;
  title: string;
  firstResponsible: boolean;
}

export type HouseholdTag = 'hardship' | 'petitioner' | 'migrantWorker' | 'leftBehindElderly' | 'leftBehindChild' | 'disabled';

/**
 * A person known to the system; `_id` is their WeChat OPENID (or
 * `roster-<phone>` for someone imported who has no account yet).
 *
 * Two phone numbers, never mixed up: `phone` is the number that gives
 * rights (owning requests filed for it, taking over an imported person, being
 * found by it): one WeChat verified for this account (绑定手机号), or, for an
 * imported person, the one on the administrators' roster. `contactPhone` is a
 * number the person typed themself: how to reach them, nothing more.
 */
export interface User {
  _id: string;
  name: string;
  /** Verified (WeChat, or the roster for an imported person); '' when none. */
  phone: string;
  /**
   * Typed by the person, unverified: contact only, never matched for
   * ownership or access. '' when they chose to leave no number; null (or
   * absent, on records from before) when they were never asked.
   */
  contactPhone?: string | null;
  /** The name the administrators' roster (花名册) gives this person, when they came from it. */
  rosterName?: string | null;
  roles: Role[];
  homeGridId: string | null;
  householdTags: HouseholdTag[];
  gridDuties: GridDuty[];
  nodeDuties: NodeDuty[];
  /** Staff act within this node's subtree. */
  staffScopeId: string | null;
  /**
   * The department (县直部门 or 乡镇站所) a `departmentStaff` person works in:
   * they act only on requests assigned to it. Absent on records from before.
   */
  departmentId?: string | null;
  elderMode: boolean;
  /** When elderMode was last saved (absent before the first save). */
  elderModeSetAt?: Date | null;
  /** Which phone's tap the stored elderMode is (absent before): an older tap from that phone is not applied. */
  elderModeSave?: ElderModeSave | null;
  createdAt: Date;
  /**
   * The imported person this account became whose requests are still being
   * moved to it (set in the take-over's transaction, cleared when the move is
   * done; a crash in between is finished by the next users.me or linkPhone).
   */
  movingFrom?: string | null;
  /**
   * Counts the changes of what screens show of the person, by anyone
   * (domain/people/personVersion): an administrator's change names the
   * version it was opened at. Absent on records from before: 0.
   */
  version?: number;
  /** The edit that produced the version (absent before, or when another write produced it). */
  lastEdit?: LastEdit;
}

/** One 长辈模式 tap: the phone's own key and its count of taps there. */
export interface ElderModeSave {
  device: string;
  seq: number;
}
