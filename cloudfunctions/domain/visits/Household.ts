import type { KeyedEntry } from '../shared/clientKeys';
import type { PersonRef } from './Person';
import type { AgeBand, PlaceLevel, Relation } from './vocabulary';

/** One person of a household (民情档案). */
export interface HouseholdMember {
  name: string;
  relation: Relation;
  ageBand: AgeBand;
  /** '' when they have none. Contact data only: it gives nobody any rights. */
  phone: string;
  /** The cadre confirmed the number reaches this person (called it, saw it on their phone). */
  phoneVerified: boolean;
  /** Their account, when a cadre linked it: the member then sees the household in the mini-program. */
  userId: string | null;
}

/** A cadre who looks after a household or a grid (包保/结对), since a China day. */
export interface CadreAssignment {
  id: string;
  name: string;
  since: string;
}

/** What happened to a record people rely on: appended, never changed. */
export interface RecordLogEntry extends KeyedEntry {
  at: Date;
  by: PersonRef;
  kind: 'recorded' | 'edited' | 'paired' | 'unpaired' | 'reminded' | 'notReached';
  /** In words, e.g. "结对帮扶：汪德华（自2026-03-01起）". */
  what: string;
  /** The client's key of the step that wrote it: a retry finds it here and writes nothing. */
  opId: string;
  /** For edits: the fields as they were before. */
  before?: Record<string, unknown>;
}

/** Per level of the tree, `placeId|ISO instant` (see placeKeys.ts). */
export type PlaceKeys = Record<PlaceLevel, string>;

export interface Household {
  _id: string;
  gridId: string;
  /** The grid and its ancestors, root first (county, township, village, grid). */
  placeIds: string[];
  /** 屯/组, e.g. "汪屋组". */
  group: string;
  /** House number or how people find it. */
  address: string;
  members: HouseholdMember[];
  /** Tag ids of the county's list. */
  tags: string[];
  /** 需求: what the household needs, in the keepers' words. */
  needs: string;
  /** Who looks after it now (结对帮扶); the history is in `log`. */
  cadres: CadreAssignment[];
  cadreIds: string[];
  /** Accounts of members (a resident sees their own household). */
  memberUserIds: string[];
  lastVisitAt: Date | null;
  lastVisitId: string | null;
  /** When it next needs a visit by its tags' rules, keyed per level for the "needs a visit" lists; null: no rule applies. */
  due: PlaceKeys | null;
  dueAt: Date | null;
  /** The version of the county's rules `due` was computed under. */
  rulesVersion: number;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  log: RecordLogEntry[];
  /** For a household imported from a roster file: its grid and 户号 (`gridId|户号`), how a later file finds it. */
  rosterKey?: string;
}

/** The members' head (户主), who names the household. */
export function headOf(household: Pick<Household, 'members'>): HouseholdMember | undefined {
  return household.members.find((m) => m.relation === 'head');
}

/** "汪屋组12号 汪桂花户": how the village knows a household. */
export function householdLabel(household: Pick<Household, 'members' | 'group' | 'address'>): string {
  const head = headOf(household);
  const where = `${household.group}${household.address}`.trim();
  return `${where ? `${where} ` : ''}${head ? `${head.name}户` : '（未填户主）'}`.trim();
}
