import type { ParsedRequestOf } from '../../contract';
import type { Category } from '../../domain/catalog/Category';
import type { User } from '../../domain/people/User';
import { isRetryOf, stampKeyed } from '../../domain/shared/clientKeys';
import { DomainError } from '../../domain/shared/DomainError';
import { householdRole, isCadre, requireHouseholdRole } from '../../domain/visits/access';
import type { Household } from '../../domain/visits/Household';
import { newVisit, type ProblemInput } from '../../domain/visits/recordVisit';
import type { RegisteredContext } from '../../shared/ActionContext';
import type { Database } from '../../shared/cloud';
import { defineAction } from '../../shared/defineAction';
import { requireOwnFiles } from '../../shared/uploadFolder';
import { afterVisit } from './support/afterVisit';
import { cadreLevel } from './support/cadreLevel';
import { visitIdFor } from './support/ids';
import { countyOfChain, loadPlaceNames } from './support/places';
import { beatGridIdsOf } from './support/relations';
import { activeCategories, addVisit, findVisit, householdsByIds, loadRules } from './support/store';
import { visitDetail } from './support/toDto';

type Input = ParsedRequestOf<'visits', 'recordVisit'>;

/** The households visited, each one the cadre keeps or looks after (包保 grids read only if needed). */
async function visitable(db: Database, cadre: User, ids: string[]): Promise<Map<string, Household>> {
  const found = await householdsByIds(db, ids);
  let beats: string[] | null = null;
  for (const id of ids) {
    const household = found.get(id);
    if (!household) throw new DomainError('NOT_FOUND', '没有找到所选住户的民情档案，请刷新后再选');
    let role = householdRole(cadre, household);
    if (role !== 'keeper' && role !== 'caretaker') {
      beats ??= await beatGridIdsOf(db, cadre);
      role = householdRole(cadre, household, beats);
    }
    requireHouseholdRole(role, ['keeper', 'caretaker']);
  }
  return found;
}

function problemsOf(input: Input, categories: Category[]): ProblemInput[] {
  return input.problems.map((problem, index) => {
    const category = categories.find((c) => c._id === problem.categoryId);
    if (!category)
      throw new DomainError('INVALID_INPUT', '请选择问题的类别', [{ path: `problems.${index}.categoryId`, message: '不在可选范围内' }]);
    return { ...problem, categoryName: category.name };
  });
}

async function record(input: Input, { db, caller, now, fingerprint }: RegisteredContext) {
  const households = await visitable(db, caller, input.householdIds);
  const chain = households.get(input.householdIds[0])!.placeIds;
  const [rules, categories, level] = await Promise.all([
    loadRules(db, countyOfChain(chain)),
    input.problems.length > 0 ? activeCategories(db) : Promise.resolve([]),
    cadreLevel(db, caller, chain),
  ]);
  const made = newVisit({
    id: visitIdFor(caller._id, input.clientKey),
    clientKey: input.clientKey,
    cadre: caller,
    cadreLevel: level ?? 'village',
    households: input.householdIds.map((id) => households.get(id)!),
    at: new Date(input.at),
    kind: input.kind,
    seen: input.seen,
    said: input.said,
    help: input.help,
    photos: input.photos,
    location: input.location ?? null,
    problems: problemsOf(input, categories),
    now,
  });
  const visit = { ...made, log: stampKeyed(made.log, fingerprint()) };
  const added = await addVisit(db, visit);
  const stored = added ? visit : await findVisit(db, visit._id);
  if (!stored || !isRetryOf(stored.log, input.clientKey, fingerprint())) throw new DomainError('CONFLICT');
  const final = await afterVisit(db, caller, stored, households, rules, now);
  return { visit: await visitDetail(final, 'author', await loadPlaceNames(db, [final.placeIds])), replayed: !added };
}

/**
 * 民情日记: a visit written at the door, perhaps sent days later from the
 * phone's outbox. Its id derives from the cadre and the phone's key, so a
 * resend records nothing new; what follows (households' due dates, the
 * visit day, problems → requests) is safe to repeat and is completed by a
 * resend if the first answer was lost half way. A resend refused by a rule
 * that changed meanwhile (the cadre no longer looks after the household)
 * still gets the visit it recorded the first time. The key sent with other
 * content is KEY_REUSED, never answered with the first visit.
 */
export const recordVisit = defineAction('visits', 'recordVisit', {
  access: 'cadres',
  run: async (input, context) => {
    if (!isCadre(context.caller)) throw new DomainError('FORBIDDEN', '只有在岗的网格员和干部可以记录走访');
    requireOwnFiles('visits', context.caller._id, input.photos, 'photos');
    try {
      return await record(input, context);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const earlier = await findVisit(context.db, visitIdFor(context.caller._id, input.clientKey));
      if (!earlier || !isRetryOf(earlier.log, input.clientKey, context.fingerprint())) throw error;
      return { visit: await visitDetail(earlier, 'author', await loadPlaceNames(context.db, [earlier.placeIds])), replayed: true };
    }
  },
});
