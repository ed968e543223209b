import { isIn } from '../people/audiences';
import type { HandlingLevel } from './vocabulary';
import type { User } from '../people/User';

/** Levels a request can be at, by depth: a village cadre (depth 2) sees the village, township and county levels. */
const LEVELS_AT_OR_ABOVE: Record<number, HandlingLevel[]> = {
  0: ['county'],
  1: ['township', 'county'],
  2: ['village', 'township', 'county'],
};

export interface Area {
  /** Grids the person serves as a grid member. */
  gridIds: string[];
  /** Nodes where they are a cadre, with the levels a request must have reached there. */
  levelNodes: Array<{ nodeId: string; levels: HandlingLevel[] }>;
  /** Staff: their whole jurisdiction. */
  staffScopeId: string | null;
}

/**
 * The requests a person works with, as list conditions: the same rule as
 * `relationOf` (grid members their grids, cadres what reached their level,
 * staff their subtree), in a form a query can use. Depth of a cadre's node
 * is found from the duty's node in `depthOf` (county 0, township 1, village 2).
 */
export function areaOf(person: User, depthOf: (nodeId: string) => number | undefined): Area {
  return {
    gridIds: isIn(person, 'gridMembers') ? [...new Set(person.gridDuties.map((duty) => duty.gridId))] : [],
    levelNodes: person.nodeDuties.flatMap((duty) => {
      const levels = LEVELS_AT_OR_ABOVE[depthOf(duty.nodeId) ?? -1];
      return levels ? [{ nodeId: duty.nodeId, levels }] : [];
    }),
    staffScopeId: isIn(person, 'staff') ? person.staffScopeId : null,
  };
}

export function isEmptyArea(area: Area): boolean {
  return area.gridIds.length === 0 && area.levelNodes.length === 0 && area.staffScopeId === null;
}
