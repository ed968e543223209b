import type { HandlingLevel } from './vocabulary';
import type { Area } from './areaOf';

const EVERY_LEVEL: HandlingLevel[] = ['grid', 'village', 'township', 'county'];

/**
 * One part of a handler's area as a list reads it: requests whose places
 * include one of `placeIds` and that reached one of `levels` (a grid id is
 * in the places of that grid's requests only).
 */
export interface ListScope {
  placeIds: string[];
  levels: HandlingLevel[];
}

/** Where a grid sits: itself and every place above it. */
export interface GridPlace {
  id: string;
  ancestorIds: string[];
}

/**
 * The scopes of an area (grid member: their grids at every level; cadre:
 * their node at the levels they see; staff: their jurisdiction), or, with
 * `within`, only what of it lies in that grid: each scope that covers the
 * grid, narrowed to it with its own levels. A grid outside the area gives
 * no scope (nothing to list), never more than the area.
 */
export function listScopes(area: Area, within?: GridPlace): ListScope[] {
  const scopes: ListScope[] = [];
  if (area.gridIds.length) scopes.push({ placeIds: area.gridIds, levels: EVERY_LEVEL });
  for (const node of area.levelNodes) scopes.push({ placeIds: [node.nodeId], levels: node.levels });
  if (area.staffScopeId) scopes.push({ placeIds: [area.staffScopeId], levels: EVERY_LEVEL });
  if (!within) return scopes;
  const covering = new Set([within.id, ...within.ancestorIds]);
  const levels = new Set(scopes.filter((scope) => scope.placeIds.some((id) => covering.has(id))).flatMap((scope) => scope.levels));
  return levels.size ? [{ placeIds: [within.id], levels: EVERY_LEVEL.filter((level) => levels.has(level)) }] : [];
}
