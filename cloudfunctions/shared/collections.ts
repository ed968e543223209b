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
  serviceDays: 'serviceDays',
  serviceSessions: 'serviceSessions',
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
  { collection: 'serviceDays', field: 'scopeIds' },
  { collection: 'serviceDays', field: 'active' },
  { collection: 'serviceSessions', field: 'serviceDayId' },
  { collection: 'serviceSessions', field: 'placeId' },
  { collection: 'serviceSessions', field: 'scopeIds' },
  { collection: 'serviceSessions', field: 'date' },
  { collection: 'serviceSessions', field: 'bookings.openid' },
];
