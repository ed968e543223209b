import type { JurisdictionLevel } from './vocabulary';

/**
 * One node of the four-level tree (county → township → village → grid).
 * `ancestorIds` lists every ancestor from the root down, so "everything under
 * X" is one indexed query (`ancestorIds` contains X) instead of a tree walk.
 */
export interface JurisdictionNode {
  _id: string;
  level: JurisdictionLevel;
  name: string;
  parentId: string | null;
  ancestorIds: string[];
  /** Display order among siblings. */
  order: number;
}

export const LEVEL_DEPTH: Record<JurisdictionLevel, number> = {
  county: 0,
  township: 1,
  village: 2,
  grid: 3,
};
