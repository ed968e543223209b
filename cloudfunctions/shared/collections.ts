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
  /** 县直部门 and 乡镇站所 that township staff assign requests to (限期解决). */
  departments: 'departments',
  serviceDays: 'serviceDays',
  serviceSessions: 'serviceSessions',
  /** 便民服务日 bookings: one person's (or one walk-in's) on one date, with their log. */
  serviceBookings: 'serviceBookings',
  /** Places taken per slot of a date, with the changes under way. */
  slotTallies: 'slotTallies',
  /** Booking codes given per date (the `_id` makes each unique on its date). */
  bookingCodes: 'bookingCodes',
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
  /** Visit days of one cadre in one year (a set of China days). */
  visitDays: 'visitDays',
  /** 包保: who looks after each grid, with the history appended. */
  gridCaretakers: 'gridCaretakers',
  /** 代理代办: the catalogue of proxy items, each with its edits appended. */
  proxyItems: 'proxyItems',
  /** 代办件: one proxy case each, its stages and timeline (台账) appended. */
  proxyCases: 'proxyCases',
} as const;

export type CollectionName = (typeof COLLECTIONS)[keyof typeof COLLECTIONS];

/**
 * One index: a single field, or a compound index over several fields in
 * order (all ascending). A compound index serves equality on a prefix of its
 * fields and then a range or a sort on the next one, so a list reads only
 * what it shows; its prefixes need no index of their own.
 */
export interface IndexSpec {
  collection: CollectionName;
  fields: string[];
}

function index(collection: CollectionName, ...fields: string[]): IndexSpec {
  return { collection, fields };
}

export const INDEXES: IndexSpec[] = [
  index('nodes', 'parentId'),
  index('nodes', 'level'),
  // Everything under a place, or its grids (`level`): pickers, staff places, child counts; paged by `_id`.
  index('nodes', 'ancestorIds', 'level', '_id'),
  index('users', 'gridDuties.gridId'),
  index('users', 'nodeDuties.nodeId'),
  // Staff to alert about a place (routing reads them with the grid's other people).
  index('users', 'staffScopeId'),
  // A department's staff.
  index('users', 'departmentId'),
  // The departments of a county or township.
  index('departments', 'placeId'),
  // 花名册导入 finds people already known by their phone.
  index('users', 'phone'),
  // A handler's, a cadre's or staff's lists: their place, the level it reached, open ones by deadline, finished
  // ones newest first; with a category when staff filter by it. `_id` last: the cursor a page starts after.
  index('requests', 'placeIds', 'level', 'state', 'updatedAt', '_id'),
  index('requests', 'placeIds', 'level', 'state', 'deadline', '_id'),
  index('requests', 'placeIds', 'level', 'state', 'categoryId', 'updatedAt', '_id'),
  index('requests', 'placeIds', 'level', 'state', 'categoryId', 'deadline', '_id'),
  // A resident's own requests, those filed for their phone (代办), those they follow: open or finished, newest first.
  index('requests', 'residentId', 'state', 'updatedAt', '_id'),
  index('requests', 'residentPhone', 'state', 'updatedAt', '_id'),
  index('requests', 'followerIds', 'state', 'updatedAt', '_id'),
  // Everyone's open count (routing picks the least loaded); a handler's 待办 by deadline.
  index('requests', 'openHandlerId', 'deadline', '_id'),
  // The townships' duty queues (nobody could take these; few), by deadline.
  index('requests', 'queued', 'deadline', '_id'),
  // Binding a phone moves everything an imported person held to their WeChat account.
  index('requests', 'handlerIds'),
  // The timer reads only what is due: past its deadline, or resolved 7 days without a rating.
  index('requests', 'sweepAt'),
  // A department's inbox (what it holds, by deadline) and what it finished.
  index('requests', 'openDepartmentId', 'deadline', '_id'),
  index('requests', 'department.id', 'state', 'updatedAt', '_id'),
  // 中长期规划: the outstanding plans of a jurisdiction, soonest date first.
  index('requests', 'placeIds', 'planDueAt', '_id'),
  // The dashboard timer reads only requests changed since its last run.
  index('requests', 'updatedAt'),
  // A dashboard bucket: the requests of one grid filed in one month; similar requests of a grid.
  index('requests', 'gridId', 'createdAt'),
  // The ledger: the requests of a place filed in a range, in filing order (`_id` breaks ties for paging).
  index('requests', 'placeIds', 'createdAt', '_id'),
  // 督办: the open requests of a place past their deadline.
  index('requests', 'placeIds', 'deadline'),
  index('serviceDays', 'scopeIds'),
  index('serviceDays', 'active'),
  index('serviceSessions', 'serviceDayId'),
  // The coming dates of the places around a resident, of a staff member's jurisdiction, and a person's
  // bookings, each by date: past dates pile up, a list reads only the dates it shows.
  index('serviceSessions', 'placeId', 'date'),
  index('serviceSessions', 'scopeIds', 'date'),
  index('serviceSessions', 'bookings.openid', 'date'),
  // The evening reminder: tomorrow's dates.
  index('serviceSessions', 'date'),
  // Bookings, a document per person and date: a date's (paged by `_id`), a person's (我的预约, by date),
  // the dates of a subtree in a range (the ledger, the dashboard); a date's slot tallies.
  index('serviceBookings', 'sessionId', '_id'),
  index('serviceBookings', 'openid', 'date'),
  index('serviceBookings', 'scopeIds', 'date', '_id'),
  index('slotTallies', 'sessionId'),
  // Registrations of a jurisdiction by status, newest first; approved members by name (service totals).
  index('partyMembers', 'placeIds', 'status', 'submittedAt'),
  index('partyMembers', 'placeIds', 'status', 'name', '_id'),
  index('partyMembers', 'branchId'),
  index('partyMembers', 'villageId'),
  index('branches', 'nodeId'),
  index('branches', 'secretaryId'),
  index('servicePosts', 'gridId', 'status'),
  index('servicePosts', 'placeIds'),
  index('claims', 'postId'),
  index('claims', 'memberId'),
  // The dashboard's counts: active claims, and claims made in a period, of a subtree.
  index('claims', 'placeIds', 'status'),
  index('claims', 'placeIds', 'claimedAt'),
  // A member's logs of a year, newest first; waiting logs of a verifier's grids or branches, oldest first; a grid's year.
  index('serviceLogs', 'memberId', 'year', 'date'),
  index('serviceLogs', 'gridId', 'status', 'createdAt'),
  index('serviceLogs', 'branchId', 'status', 'createdAt'),
  index('serviceLogs', 'gridId', 'year', 'status'),
  // Logs of a place in a range of dates (the ledger), in date order.
  index('serviceLogs', 'placeIds', 'date', '_id'),
  // Approved hours of a subtree by month (the dashboard) or by year (service totals).
  index('serviceLogs', 'placeIds', 'status', 'month'),
  index('serviceLogs', 'placeIds', 'year', 'status'),
  index('starScores', 'memberId'),
  index('starScores', 'raterId'),
  index('postEvents', 'postId'),
  index('postEvents', 'memberId'),
  // Messages of a staff member's subtree: waiting (oldest first, the 24-hour flag) or answered (newest first).
  index('messages', 'placeIds', 'status', 'waitingSince'),
  index('messages', 'placeIds', 'status', 'updatedAt'),
  // A resident's own, newest first; those a staff member owns, oldest waiting first; the board, newest first.
  index('messages', 'residentId', 'createdAt'),
  index('messages', 'ownerId', 'waitingSince'),
  index('messages', 'published', 'publishedAt'),
  // Dashboard buckets of a subtree, a month at a time.
  index('requestStats', 'placeIds', 'month'),
  // Administration: what one person changed, and the history of one record.
  index('adminLog', 'by'),
  index('adminLog', 'targetId'),
  // Roster imports a function stopped half way, finished by the next import.
  index('rosterImports', 'status'),
  // 民情走访. Households of a grid or village, a cadre's pairs, a resident's own household.
  index('households', 'gridId'),
  index('households', 'placeIds'),
  index('households', 'cadreIds'),
  index('households', 'memberUserIds'),
  // Who needs a visit: one range per level (`placeId|due instant`), see domain/visits/placeKeys.ts.
  index('households', 'due.county'),
  index('households', 'due.township'),
  index('households', 'due.village'),
  index('households', 'due.grid'),
  // Due dates computed under older rules are recomputed by the timer.
  index('households', 'rulesVersion'),
  // A roster file's household found again by its grid and 户号 (`gridId|户号`).
  index('households', 'rosterKey'),
  // Diaries of a place (调阅) and of a cadre, newest first, the same way; a household's visits; a supervisor's open callbacks.
  index('visits', 'keys.county'),
  index('visits', 'keys.township'),
  index('visits', 'keys.village'),
  index('visits', 'keys.grid'),
  index('visits', 'cadreKey'),
  index('visits', 'householdIds'),
  index('visits', 'callbackOwner'),
  // The grids a cadre looks after (包保).
  index('gridCaretakers', 'cadreIds'),
  // Linking a household member to a registered resident of the grid.
  index('users', 'homeGridId'),
  // 代理代办: the catalogue in its order; an agent's open cases by deadline and finished ones newest first;
  // a resident's (opened for their account or their verified phone); cases opened and cases returned in a period, of a place
  // or an agent (figures on 代办统计 and the 工作台, the ledger's 代理代办 sheets).
  index('proxyItems', 'order'),
  index('proxyCases', 'agentId', 'open', 'deadline', '_id'),
  index('proxyCases', 'agentId', 'open', 'updatedAt', '_id'),
  index('proxyCases', 'residentPhone', 'updatedAt'),
  index('proxyCases', 'residentId', 'updatedAt'),
  index('proxyCases', 'placeIds', 'returnedAt'),
  index('proxyCases', 'agentId', 'returnedAt'),
  index('proxyCases', 'placeIds', 'createdAt'),
  index('proxyCases', 'agentId', 'createdAt'),
  // The open cases of a place by deadline: those waiting for 改派 (proxy.stuckCases).
  index('proxyCases', 'placeIds', 'open', 'deadline', '_id'),
];
