/**
 * Every collection the functions use, and the indexes each needs. The local
 * runtime creates them from this list; on WeChat cloud they are created by
 * hand once (see README), so this list is the single source for both.
 */
export const COLLECTIONS = {
  users: 'users',
  nodes: 'nodes',
  categories: 'categories',
  postKinds: 'postKinds',
  /** 诉求, each with its whole ledger (台账) embedded and append-only. */
  requests: 'requests',
  serviceDays: 'serviceDays',
  serviceSessions: 'serviceSessions',
  partyMembers: 'partyMembers',
  branches: 'branches',
  servicePosts: 'servicePosts',
  claims: 'claims',
  serviceLogs: 'serviceLogs',
  starScores: 'starScores',
  postEvents: 'postEvents',
  /** Deployment settings, one document each (e.g. `workCalendar`: the holiday list). */
  settings: 'settings',
  /** 留言 threads, each with its posts and staff events embedded and append-only. */
  messages: 'messages',
  /** Dashboard figures per (grid, month of filing), rebuilt from requests by a timer. */
  requestStats: 'requestStats',
  /** 系统管理日志: every administrator's change with before and after, append-only. */
  adminLog: 'adminLog',
  /** 花名册导入 accepted and written in steps (read by the admin function only). */
  rosterImports: 'rosterImports',
  /** 民情档案: one household each, with who looks after it and its log (edits, pairs, reminders) appended. */
  households: 'households',
  /** 民情日记: one visit each, with its problems (→ 诉求), callback and log appended. */
  visits: 'visits',
  /** Visit days of one cadre in one year (a set of Beijing days). */
  visitDays: 'visitDays',
  /** 包保: who looks after each grid, with the history appended. */
  gridCaretakers: 'gridCaretakers',
} as const;

export type CollectionName = (typeof COLLECTIONS)[keyof typeof COLLECTIONS];

export interface IndexSpec {
  collection: CollectionName;
  field: string;
}

export const INDEXES: IndexSpec[] = [
  { collection: 'nodes', field: 'parentId' },
  { collection: 'nodes', field: 'level' },
  { collection: 'users', field: 'gridDuties.gridId' },
  { collection: 'users', field: 'nodeDuties.nodeId' },
  // Staff to alert about a place (routing reads them with the grid's other people).
  { collection: 'users', field: 'staffScopeId' },
  // 花名册导入 finds people already known by their phone.
  { collection: 'users', field: 'phone' },
  // Similar requests in a grid; a grid member's area.
  { collection: 'requests', field: 'gridId' },
  // Staff see their jurisdiction's subtree; cadres what reached their level.
  { collection: 'requests', field: 'placeIds' },
  // A resident's own requests, those filed for their phone (代办), those they follow.
  { collection: 'requests', field: 'residentId' },
  { collection: 'requests', field: 'residentPhone' },
  { collection: 'requests', field: 'followerIds' },
  // A handler's inbox and everyone's open count (routing picks the least loaded).
  { collection: 'requests', field: 'openHandlerId' },
  // Binding a phone moves everything an imported person held to their WeChat account.
  { collection: 'requests', field: 'handlerIds' },
  // The timer reads only what is due: past its deadline, or resolved 7 days without a rating.
  { collection: 'requests', field: 'sweepAt' },
  { collection: 'serviceDays', field: 'scopeIds' },
  { collection: 'serviceDays', field: 'active' },
  { collection: 'serviceSessions', field: 'serviceDayId' },
  { collection: 'serviceSessions', field: 'placeId' },
  { collection: 'serviceSessions', field: 'scopeIds' },
  { collection: 'serviceSessions', field: 'date' },
  { collection: 'serviceSessions', field: 'bookings.openid' },
  { collection: 'partyMembers', field: 'placeIds' },
  { collection: 'partyMembers', field: 'branchId' },
  { collection: 'partyMembers', field: 'villageId' },
  { collection: 'branches', field: 'nodeId' },
  { collection: 'branches', field: 'secretaryId' },
  { collection: 'servicePosts', field: 'gridId' },
  { collection: 'servicePosts', field: 'placeIds' },
  { collection: 'claims', field: 'postId' },
  { collection: 'claims', field: 'memberId' },
  { collection: 'serviceLogs', field: 'memberId' },
  { collection: 'serviceLogs', field: 'gridId' },
  { collection: 'serviceLogs', field: 'branchId' },
  { collection: 'serviceLogs', field: 'placeIds' },
  { collection: 'starScores', field: 'memberId' },
  { collection: 'starScores', field: 'raterId' },
  { collection: 'postEvents', field: 'postId' },
  { collection: 'postEvents', field: 'memberId' },
  // Messages: a staff member's subtree, a resident's own, the owner's list, the 24-hour flag, the board.
  { collection: 'messages', field: 'placeIds' },
  { collection: 'messages', field: 'residentId' },
  { collection: 'messages', field: 'ownerId' },
  { collection: 'messages', field: 'waitingSince' },
  { collection: 'messages', field: 'published' },
  // The dashboard timer reads only requests changed since its last run.
  { collection: 'requests', field: 'updatedAt' },
  // A dashboard bucket is rebuilt from the requests of one grid filed in one month (WeChat cloud: a compound index gridId + createdAt).
  { collection: 'requests', field: 'createdAt' },
  // 督办: the open requests past their deadline.
  { collection: 'requests', field: 'deadline' },
  // Dashboard buckets of a subtree.
  { collection: 'requestStats', field: 'placeIds' },
  // Administration: what one person changed, and the history of one record.
  { collection: 'adminLog', field: 'by' },
  { collection: 'adminLog', field: 'targetId' },
  // Roster imports a function stopped half way, finished by the next import.
  { collection: 'rosterImports', field: 'status' },
  // 民情走访. Households of a grid or village, a cadre's pairs, a resident's own household.
  { collection: 'households', field: 'gridId' },
  { collection: 'households', field: 'placeIds' },
  { collection: 'households', field: 'cadreIds' },
  { collection: 'households', field: 'memberUserIds' },
  // Who needs a visit: one range per level (`placeId|due instant`), see domain/visits/placeKeys.ts.
  { collection: 'households', field: 'due.county' },
  { collection: 'households', field: 'due.township' },
  { collection: 'households', field: 'due.village' },
  { collection: 'households', field: 'due.grid' },
  // Due dates computed under older rules are recomputed by the timer.
  { collection: 'households', field: 'rulesVersion' },
  // Diaries of a place (调阅) and of a cadre, newest first, the same way; a household's visits; a supervisor's open callbacks.
  { collection: 'visits', field: 'keys.county' },
  { collection: 'visits', field: 'keys.township' },
  { collection: 'visits', field: 'keys.village' },
  { collection: 'visits', field: 'keys.grid' },
  { collection: 'visits', field: 'cadreKey' },
  { collection: 'visits', field: 'householdIds' },
  { collection: 'visits', field: 'callbackOwner' },
  // The grids a cadre looks after (包保).
  { collection: 'gridCaretakers', field: 'cadreIds' },
  // Linking a household member to a registered resident of the grid.
  { collection: 'users', field: 'homeGridId' },
];
