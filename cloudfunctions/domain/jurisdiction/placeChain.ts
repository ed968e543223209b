import type { JurisdictionLevel } from './vocabulary';
import { DomainError } from '../shared/DomainError';
import type { JurisdictionNode } from './JurisdictionNode';

export type PlaceChain = Record<JurisdictionLevel, JurisdictionNode>;

/**
 * Resolves a grid and its ancestors into the named levels a person reads
 * ("凉泉乡 湖滨村 第一网格"). The tree is data, so a broken chain is reported,
 * not papered over.
 */
export function placeChain(grid: JurisdictionNode, ancestors: JurisdictionNode[]): PlaceChain {
  if (grid.level !== 'grid') {
    throw new DomainError('NOT_FOUND', '所选地点不是一个网格');
  }
  const byLevel = new Map<JurisdictionLevel, JurisdictionNode>();
  for (const id of grid.ancestorIds) {
    const node = ancestors.find((candidate) => candidate._id === id);
    if (!node) {
      throw new DomainError('INTERNAL', '网格的上级单位缺失，请联系管理员');
    }
    byLevel.set(node.level, node);
  }
  const county = byLevel.get('county');
  const township = byLevel.get('township');
  const village = byLevel.get('village');
  if (!county || !township || !village) {
    throw new DomainError('INTERNAL', '网格的上级单位缺失，请联系管理员');
  }
  return { county, township, village, grid };
}
