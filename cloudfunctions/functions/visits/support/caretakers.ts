import type { User } from '../../../domain/people/User';
import { caretakersOf, type CaretakerSource } from '../../../domain/visits/assignments';
import type { Household } from '../../../domain/visits/Household';
import type { PersonRef } from '../../../domain/visits/Person';
import type { Database } from '../../../shared/cloud';
import { gridCaretakersOf, gridMembersOf } from './store';

export type Caretakers = { source: CaretakerSource; people: PersonRef[] };

/** The members on duty in one grid, first responsible first. */
function membersOfGrid(people: readonly User[], gridId: string): Array<{ id: string; name: string; firstResponsible: boolean }> {
  return people
    .filter((p) => p.roles.includes('gridMember'))
    .flatMap((p) => {
      const duties = p.gridDuties.filter((d) => d.gridId === gridId);
      return duties.length > 0 ? [{ id: p._id, name: p.name, firstResponsible: duties.some((d) => d.firstResponsible) }] : [];
    });
}

/**
 * Who looks after each household (its own cadres, else its grid's 包保
 * cadres, else its grid's members), reading the grids' caretakers and
 * members only for the households that need them: at most two reads.
 */
export async function caretakersOfMany(db: Database, households: readonly Household[]): Promise<Map<string, Caretakers>> {
  const unpaired = households.filter((h) => h.cadres.length === 0);
  const gridIds = [...new Set(unpaired.map((h) => h.gridId))];
  const beats = gridIds.length > 0 ? await gridCaretakersOf(db, gridIds) : new Map();
  const memberGrids = gridIds.filter((id) => !beats.get(id)?.cadres.length);
  const members = await gridMembersOf(db, memberGrids);
  return new Map(households.map((h) => [h._id, caretakersOf(h, beats.get(h.gridId) ?? null, membersOfGrid(members, h.gridId))]));
}

export async function caretakersOfOne(db: Database, household: Household): Promise<Caretakers> {
  return (await caretakersOfMany(db, [household])).get(household._id)!;
}
