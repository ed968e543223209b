/** The levels of the jurisdiction tree, root first (import-free: shared with the contract). */
export const JURISDICTION_LEVELS = ['county', 'township', 'village', 'grid'] as const;
export type JurisdictionLevel = (typeof JURISDICTION_LEVELS)[number];
