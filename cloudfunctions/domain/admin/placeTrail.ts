import type { JurisdictionNode } from '../jurisdiction/JurisdictionNode';
import { DomainError } from '../shared/DomainError';

/**
 * The breadcrumb of a place an administrator browses: its ancestors from
 * the administrator's scope down to its parent, the scope first (nothing
 * above the scope: the administrator does not browse there). Empty at the
 * scope itself. The place must lie within the scope (check that first).
 */
export function placeTrail(
  place: Pick<JurisdictionNode, '_id' | 'ancestorIds'>,
  ancestors: JurisdictionNode[],
  scopeId: string,
): JurisdictionNode[] {
  if (place._id === scopeId) return [];
  const from = place.ancestorIds.indexOf(scopeId);
  if (from < 0) throw new DomainError('OUT_OF_JURISDICTION');
  return place.ancestorIds.slice(from).map((id) => {
    const node = ancestors.find((candidate) => candidate._id === id);
    if (!node) throw new DomainError('INTERNAL', '这个地方的上级单位缺失，请联系管理员');
    return node;
  });
}

/** Siblings as people read them: by their display order, then by name. */
export function inDisplayOrder<T extends Pick<JurisdictionNode, 'order' | 'name'>>(places: T[]): T[] {
  return [...places].sort((a, b) => a.order - b.order || a.name.localeCompare(b.name, 'zh-CN'));
}
