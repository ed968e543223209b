import type { Role } from '../../contract/common';

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

/** A person known to the system; `_id` is their WeChat OPENID. */
export interface User {
  _id: string;
  name: string;
  phone: string;
  roles: Role[];
  homeGridId: string | null;
  householdTags: HouseholdTag[];
  gridDuties: GridDuty[];
  nodeDuties: NodeDuty[];
  /** Staff act within this node's subtree. */
  staffScopeId: string | null;
  elderMode: boolean;
  createdAt: Date;
}
