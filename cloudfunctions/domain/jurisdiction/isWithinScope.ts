import type { JurisdictionNode } from './JurisdictionNode';

/** True when `node` is the scope itself or lies anywhere below it. */
export function isWithinScope(node: Pick<JurisdictionNode, '_id' | 'ancestorIds'>, scopeId: string): boolean {
  return node._id === scopeId || node.ancestorIds.includes(scopeId);
}
