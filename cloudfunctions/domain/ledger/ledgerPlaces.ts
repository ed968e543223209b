import type { JurisdictionNode } from '../jurisdiction/JurisdictionNode';
import { LEVEL_DEPTH } from '../jurisdiction/JurisdictionNode';

/** Grids are offered only to village staff and below: a county has too many to pick from. */
function offered(scope: JurisdictionNode, node: JurisdictionNode): boolean {
  return node.level !== 'grid' || LEVEL_DEPTH[scope.level] >= LEVEL_DEPTH.village;
}

/**
 * The places a staff member may export, in tree order (each place followed
 * by what lies under it, siblings by their display order), with their depth
 * below the jurisdiction. `nodes` are the scope and its descendants.
 */
export function ledgerPlaces(scope: JurisdictionNode, nodes: JurisdictionNode[]): Array<{ node: JurisdictionNode; depth: number }> {
  const children = new Map<string, JurisdictionNode[]>();
  for (const node of nodes) {
    if (node._id === scope._id || !node.parentId || !offered(scope, node)) continue;
    children.set(node.parentId, [...(children.get(node.parentId) ?? []), node]);
  }
  const out: Array<{ node: JurisdictionNode; depth: number }> = [];
  const visit = (node: JurisdictionNode, depth: number) => {
    out.push({ node, depth });
    const below = (children.get(node._id) ?? []).sort((a, b) => a.order - b.order);
    for (const child of below) visit(child, depth + 1);
  };
  visit(scope, 0);
  return out;
}
