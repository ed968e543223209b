import type { Household } from '../visits/Household';
import { loggedUnder, editHousehold, newHousehold, type HouseholdChange, type HouseholdInput } from '../visits/householdRecord';
import type { Person } from '../visits/Person';
import type { VisitRules } from '../visits/VisitRules';
import { membersKeeping, rosterHouseholdKey, type HouseholdEntry } from './householdEntry';

/** How one household of an import came out. */
export type HouseholdOutcome = 'created' | 'updated' | 'unchanged';

/** What writing one household of an import takes. */
export type HouseholdWrite =
  | { kind: 'add'; household: Household }
  | { kind: 'change'; household: Household; change: HouseholdChange }
  /** Nothing to write: already written by this import, or already as the file has it. */
  | { kind: 'none'; outcome: HouseholdOutcome };

export interface ImportStep {
  importId: string;
  /** The administrator who imported the file. */
  by: Pick<Person, '_id' | 'name'>;
  now: Date;
  rules: VisitRules;
  /** The id a household new to the roster gets (derived from the import and its key, so a re-run adds it once). */
  newId: (rosterKey: string) => string;
}

function inputOf(entry: HouseholdEntry, members: HouseholdEntry['members']): HouseholdInput {
  return { gridId: entry.gridId, group: entry.group, address: entry.address, members, tags: entry.tags, needs: entry.needs };
}

/** The import's author as the visits rules name a person (only their id and name are recorded). */
function author(by: ImportStep['by']): Person {
  return { _id: by._id, name: by.name, phone: '', roles: ['admin'], gridDuties: [], staffScopeId: null };
}

/**
 * What the file's household does to the one already recorded under its grid
 * and 户号 (null: none). A new one is recorded; a known one is edited through
 * the household's own rules, so what it held before goes to its log, and
 * its members keep the accounts and verified phones keepers confirmed. The
 * step's key in the log makes a re-run write nothing.
 */
export function importHousehold(entry: HouseholdEntry, existing: Household | null, step: ImportStep): HouseholdWrite {
  const rosterKey = rosterHouseholdKey(entry.gridId, entry.householdNo);
  const opId = `${step.importId}:${rosterKey}`;
  const newId = step.newId(rosterKey);
  if (existing?._id === newId) return { kind: 'none', outcome: 'created' };
  if (existing && loggedUnder(existing, opId)) return { kind: 'none', outcome: 'updated' };
  if (!existing) {
    const recorded = newHousehold({
      id: newId,
      input: inputOf(entry, entry.members),
      placeIds: entry.placeIds,
      by: author(step.by),
      now: step.now,
      opId,
      rules: step.rules,
    });
    return { kind: 'add', household: { ...recorded, rosterKey, log: recorded.log.map((e) => ({ ...e, what: '从花名册导入民情档案' })) } };
  }
  const change = editHousehold(existing, inputOf(entry, membersKeeping(existing.members, entry.members)), {
    by: author(step.by),
    now: step.now,
    opId,
    rules: step.rules,
    placeIds: entry.placeIds,
  });
  if (!change) return { kind: 'none', outcome: 'unchanged' };
  return {
    kind: 'change',
    household: existing,
    change: { ...change, log: change.log.map((e) => ({ ...e, what: `花名册导入：${e.what}` })) },
  };
}
