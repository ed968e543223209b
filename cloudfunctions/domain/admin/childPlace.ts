import type { JurisdictionLevel } from '../jurisdiction/vocabulary';
import type { JurisdictionNode } from '../jurisdiction/JurisdictionNode';
import { DomainError } from '../shared/DomainError';

const CHILD_LEVEL: Record<JurisdictionLevel, JurisdictionLevel | null> = {
  county: 'township',
  township: 'village',
  village: 'grid',
  grid: null,
};

/** The level of a place added under one of `level`; null under a grid, the lowest level. */
export function childLevelOf(level: JurisdictionLevel): JurisdictionLevel | null {
  return CHILD_LEVEL[level];
}

/** Siblings may not share a name: people pick places by name. */
export function requireFreeName(siblings: Array<Pick<JurisdictionNode, '_id' | 'name'>>, name: string, self: string | null): void {
  if (siblings.some((sibling) => sibling.name === name && sibling._id !== self)) throw new DomainError('PLACE_NAME_TAKEN');
}

/** A new place one level below `parent`, listed after its siblings. */
export function childPlace(
  parent: JurisdictionNode,
  siblings: Array<Pick<JurisdictionNode, '_id' | 'name' | 'order'>>,
  name: string,
  id: string,
): JurisdictionNode {
  const level = childLevelOf(parent.level);
  if (!level) throw new DomainError('PLACE_TOO_DEEP');
  requireFreeName(siblings, name, null);
  return {
    _id: id,
    level,
    name,
    parentId: parent._id,
    ancestorIds: [...parent.ancestorIds, parent._id],
    order: siblings.reduce((max, sibling) => Math.max(max, sibling.order), 0) + 1,
  };
}
