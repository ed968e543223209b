import type { JurisdictionNode } from '../jurisdiction/JurisdictionNode';
import type { User } from '../people/User';
import { DomainError } from '../shared/DomainError';
import { assertStaffCovers, placeIdsOf } from './jurisdiction';
import { postVersion, type ServicePost } from './ServicePost';

export interface PostFields {
  kindId: string;
  title: string;
  duties: string;
  capacity: number;
}

type Staff = Pick<User, '_id' | 'staffScopeId'>;

function assertKnownKind(kindId: string, knownKindIds: readonly string[]): void {
  if (!knownKindIds.includes(kindId)) {
    throw new DomainError('INVALID_INPUT', undefined, [{ path: 'kindId', message: '请从十类岗位中选择' }]);
  }
}

/** Why an edit made on a version someone else has since changed is refused. */
export const POST_EDITED_MEANWHILE = '这个岗位刚被别的工作人员改过；您填的内容还在，请核对后再保存一次';

/** Staff set up a post in a grid of their jurisdiction. */
export function newServicePost(
  fields: PostFields,
  grid: JurisdictionNode,
  staff: Staff,
  knownKindIds: readonly string[],
  now: Date,
): Omit<ServicePost, '_id'> {
  if (grid.level !== 'grid') throw new DomainError('NOT_FOUND', '岗位只能设在网格里');
  const placeIds = placeIdsOf(grid);
  assertStaffCovers(staff, placeIds);
  assertKnownKind(fields.kindId, knownKindIds);
  return {
    gridId: grid._id,
    villageId: grid.parentId ?? '',
    placeIds,
    ...fields,
    held: 0,
    status: 'open',
    createdAt: now,
    createdBy: staff._id,
    updatedAt: now,
    closedAt: null,
    closedBy: null,
    closeReason: null,
    version: 0,
  };
}

/** The fields an edit changes; capacity may not drop below the members holding the post. */
export function editServicePost(
  post: ServicePost,
  edit: PostFields & { version: number },
  staff: Staff,
  knownKindIds: readonly string[],
  now: Date,
): PostFields & { updatedAt: Date } {
  const { version, ...fields } = edit;
  assertStaffCovers(staff, post.placeIds);
  if (post.status !== 'open') throw new DomainError('POST_CLOSED');
  if (version !== postVersion(post)) throw new DomainError('CONFLICT', POST_EDITED_MEANWHILE);
  assertKnownKind(fields.kindId, knownKindIds);
  assertCapacityFits(post.held, fields.capacity);
  return { ...fields, updatedAt: now };
}

export function assertCapacityFits(held: number, capacity: number): void {
  if (capacity < held) throw new DomainError('CONFLICT', `已有${held}人认领，名额不能少于${held}`);
}

export function closeServicePost(
  post: ServicePost,
  staff: Staff,
  reason: string,
  now: Date,
): Pick<ServicePost, 'status' | 'closedAt' | 'closedBy' | 'closeReason' | 'updatedAt'> {
  assertStaffCovers(staff, post.placeIds);
  if (post.status !== 'open') throw new DomainError('POST_CLOSED', '这个岗位已经关闭了');
  return { status: 'closed', closedAt: now, closedBy: staff._id, closeReason: reason, updatedAt: now };
}
