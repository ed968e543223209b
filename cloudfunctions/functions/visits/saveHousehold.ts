import type { ParsedRequestOf } from '../../contract';
import type { User } from '../../domain/people/User';
import { DomainError } from '../../domain/shared/DomainError';
import { requireHouseholdRole, requireKeeper } from '../../domain/visits/access';
import type { Household } from '../../domain/visits/Household';
import { stampKeyed } from '../../domain/shared/clientKeys';
import { alreadyLogged, applyHouseholdChange, editHousehold, newHousehold, type HouseholdInput } from '../../domain/visits/householdRecord';
import type { Database } from '../../shared/cloud';
import type { RegisteredContext } from '../../shared/ActionContext';
import { defineAction } from '../../shared/defineAction';
import { householdPage } from './support/householdView';
import { householdIdFor } from './support/ids';
import { chainOf, countyOfChain, loadPlace } from './support/places';
import { householdRoleOf } from './support/relations';
import { addHousehold, findHousehold, loadRules, peopleByIds, writeHouseholdChange } from './support/store';

type Input = ParsedRequestOf<'visits', 'saveHousehold'>;

/** The grid the household is (or goes) in, which the caller must keep. */
async function keptGrid(db: Database, caller: User, gridId: string): Promise<string[]> {
  const grid = await loadPlace(db, gridId);
  if (grid.level !== 'grid') throw new DomainError('INVALID_INPUT', '请选择一个网格', [{ path: 'gridId', message: '请选择一个网格' }]);
  const chain = chainOf(grid);
  requireKeeper(caller, grid._id, chain);
  return chain;
}

/** A member newly linked to an account must be a registered resident of the household's grid. */
async function requireLinksInGrid(db: Database, input: Input, previous: Household | null): Promise<void> {
  const kept = new Set(previous?.memberUserIds ?? []);
  const linked = input.members.map((m) => m.userId).filter((id): id is string => id !== null && !kept.has(id));
  if (linked.length === 0) return;
  const people = await peopleByIds(db, linked);
  linked.forEach((id) => {
    const person = people.get(id);
    if (!person || person.homeGridId !== input.gridId) {
      const index = input.members.findIndex((m) => m.userId === id);
      throw new DomainError('INVALID_INPUT', '只能关联住在这个网格、已登记的居民', [
        { path: `members.${index}.userId`, message: '不是这个网格登记的居民' },
      ]);
    }
  });
}

function fieldsOf(input: Input): HouseholdInput {
  const { gridId, group, address, members, tags, needs } = input;
  return { gridId, group, address, members, tags, needs };
}

async function create(input: Input, { db, caller, now, fingerprint }: RegisteredContext) {
  const chain = await keptGrid(db, caller, input.gridId);
  await requireLinksInGrid(db, input, null);
  const rules = await loadRules(db, countyOfChain(chain));
  const recorded = newHousehold({
    id: householdIdFor(caller._id, input.opId),
    input: fieldsOf(input),
    placeIds: chain,
    by: caller,
    now,
    opId: input.opId,
    rules,
  });
  const record = { ...recorded, log: stampKeyed(recorded.log, fingerprint()) };
  const written = (await addHousehold(db, record)) ? record : await findHousehold(db, record._id);
  if (!written || !alreadyLogged(written, input.opId, fingerprint())) throw new DomainError('CONFLICT');
  return householdPage(db, caller, written, 'keeper', now);
}

async function edit(householdId: string, version: number, input: Input, { db, caller, now, fingerprint }: RegisteredContext) {
  const current = await findHousehold(db, householdId);
  if (!current) throw new DomainError('NOT_FOUND', '没有找到这户的民情档案，请返回刷新');
  requireHouseholdRole(await householdRoleOf(db, caller, current), ['keeper']);
  if (alreadyLogged(current, input.opId, fingerprint())) return householdPage(db, caller, current, 'keeper', now);
  if (current.version !== version) throw new DomainError('CONFLICT', '这户的档案刚被别人改过，请刷新后再改');
  const chain = input.gridId === current.gridId ? current.placeIds : await keptGrid(db, caller, input.gridId);
  await requireLinksInGrid(db, input, current);
  const rules = await loadRules(db, countyOfChain(chain));
  const edited = editHousehold(current, fieldsOf(input), { by: caller, now, opId: input.opId, rules, placeIds: chain });
  if (!edited) return householdPage(db, caller, current, 'keeper', now);
  const change = { ...edited, log: stampKeyed(edited.log, fingerprint()) };
  if (!(await writeHouseholdChange(db, current, change))) {
    const latest = await findHousehold(db, householdId);
    if (latest && alreadyLogged(latest, input.opId, fingerprint())) return householdPage(db, caller, latest, 'keeper', now);
    throw new DomainError('CONFLICT', '这户的档案刚被别人改过，请刷新后再改');
  }
  return householdPage(db, caller, applyHouseholdChange(current, change), 'keeper', now);
}

/**
 * Records a household (its id derives from the keeper and their key, so a
 * resend records it once) or edits one on the version the keeper saw; the
 * old values go into the household's log.
 */
export const saveHousehold = defineAction('visits', 'saveHousehold', {
  access: 'cadres',
  run: (input, context) =>
    input.householdId !== undefined && input.version !== undefined
      ? edit(input.householdId, input.version, input, context)
      : create(input, context),
});
