import type { LastEdit } from '../shared/lastEdit';
import type { CreatedUnderKey } from '../shared/clientKeys';
import type { PostStatus } from './vocabulary';

/**
 * A public-service post (公益岗) of one grid. `held` counts the active
 * claims and only ever moves by conditional updates (`held < capacity`),
 * which is what keeps concurrent claims within capacity.
 */
export interface ServicePost extends CreatedUnderKey {
  _id: string;
  gridId: string;
  villageId: string;
  /** The grid and every ancestor, for "posts under node X". */
  placeIds: string[];
  kindId: string;
  title: string;
  duties: string;
  capacity: number;
  held: number;
  status: PostStatus;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  closedAt: Date | null;
  closedBy: string | null;
  closeReason: string | null;
  /** One more with every edit (absent on posts from before: 0); staff edit only on the version they opened. */
  version?: number;
  /** The edit that produced the version (absent before, or when another write produced it). */
  lastEdit?: LastEdit;
}

/** A post's version, one more with every edit. */
export function postVersion(post: Pick<ServicePost, 'version'>): number {
  return post.version ?? 0;
}
