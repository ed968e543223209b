/**
 * The words of 民情走访 (household visits), zod-free and import-free so the
 * domain, the contract's schemas and the mini-program's types all share
 * them. Labels in Chinese live in the client (src/text/visits.ts).
 */

/** 走访、回访、恳谈、帮扶送达. */
export const VISIT_KINDS = ['visit', 'callback', 'talk', 'aidDelivery'] as const;
export type VisitKind = (typeof VISIT_KINDS)[number];

/** How a member stands to the head of the household (户主). */
export const RELATIONS = ['head', 'spouse', 'child', 'childInLaw', 'parent', 'grandchild', 'sibling', 'other'] as const;
export type Relation = (typeof RELATIONS)[number];

/** Age bands a cadre can tell at the door without asking for an ID card. */
export const AGE_BANDS = ['under7', 'age7to17', 'age18to59', 'age60to79', 'age80plus', 'unknown'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/**
 * A cadre's level for the visit-day quota (龙江: 县直部门干部 10 days, 乡镇干部 30,
 * 村级和社区干部 50). Grid members count as village cadres.
 */
export const CADRE_LEVELS = ['county', 'township', 'village'] as const;
export type CadreLevel = (typeof CADRE_LEVELS)[number];

/** The four levels of the jurisdiction tree, root first, as a household's `placeIds` list them. */
export const PLACE_LEVELS = ['county', 'township', 'village', 'grid'] as const;
export type PlaceLevel = (typeof PLACE_LEVELS)[number];

/** What a supervisor's callback (回访) found about a visit. */
export const CALLBACK_VERDICTS = ['confirmed', 'partly', 'notConfirmed'] as const;
export type CallbackVerdict = (typeof CALLBACK_VERDICTS)[number];

/** The roles a person holds (the same words as the rest of the product). */
export type PersonRole = 'resident' | 'gridMember' | 'partyMember' | 'staff' | 'admin' | 'departmentStaff';

/** A household tag of a county's editable list; `id` never changes, the name may. */
export interface HouseholdTag {
  id: string;
  name: string;
  /** Retired tags stay on the households that have them but are no longer offered or counted. */
  active: boolean;
  /** A household with this tag needs a visit when nobody has visited it for this many days; 0: no rule. */
  visitEveryDays: number;
}

/** Limits of what one record holds, shared by the contract's schemas and the domain's checks. */
export const VISIT_LIMITS = {
  membersPerHousehold: 20,
  tagsPerHousehold: 11,
  tagsPerCounty: 40,
  householdsPerVisit: 10,
  photosPerVisit: 6,
  problemsPerVisit: 5,
  /** The longest a visit may wait on a phone before it is sent (days before now it may be dated). */
  backdateDays: 366,
} as const;
