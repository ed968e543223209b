import type { AssignmentsDto } from '../../../contract/visits';
import type { User } from '../../../domain/people/User';
import { isRetryOf, stampKeyed } from '../../../domain/shared/clientKeys';
import { DomainError } from '../../../domain/shared/DomainError';
import { isStaffOver } from '../../../domain/visits/access';
import {
  emptyGridCaretakers,
  type Assignable,
  type AssignmentChange,
  type AssignmentKind,
  type GridCaretakers,
} from '../../../domain/visits/assignments';
import { householdLabel, type Household } from '../../../domain/visits/Household';
import type { Database } from '../../../shared/cloud';
import { chainOf, loadPlace, loadPlaceNames, placeLabel } from './places';
import { ensureGridCaretakers, findGridCaretakers, findHousehold, peopleByIds, writeGridCaretakers, writeHouseholdChange } from './store';
import { cadreDto, logDto } from './toDto';

/** A household (结对) or a grid's caretakers document (包保), as read. */
export type Target = { kind: 'household'; record: Household } | { kind: 'grid'; record: GridCaretakers; stored: boolean };

/** The record of an assignment, if the staff member is over it. */
export async function loadTarget(db: Database, staff: User, kind: AssignmentKind, targetId: string, now: Date): Promise<Target> {
  if (kind === 'household') {
    const record = await findHousehold(db, targetId);
    if (!record) throw new DomainError('NOT_FOUND', '没有找到这户的民情档案，请返回刷新');
    if (!isStaffOver(staff, record.placeIds)) throw new DomainError('OUT_OF_JURISDICTION');
    return { kind, record };
  }
  const grid = await loadPlace(db, targetId);
  if (grid.level !== 'grid') throw new DomainError('INVALID_INPUT', '请选择一个网格', [{ path: 'targetId', message: '请选择一个网格' }]);
  const chain = chainOf(grid);
  if (!isStaffOver(staff, chain)) throw new DomainError('OUT_OF_JURISDICTION');
  const stored = await findGridCaretakers(db, grid._id);
  return { kind, record: stored ?? emptyGridCaretakers(grid._id, chain, now), stored: stored !== null };
}

async function write(db: Database, target: Target, change: AssignmentChange): Promise<boolean> {
  if (target.kind === 'household') return writeHouseholdChange(db, target.record, change);
  if (!target.stored) await ensureGridCaretakers(db, target.record);
  return writeGridCaretakers(db, target.record, change);
}

function applied<T extends Assignable & { version: number }>(record: T, change: AssignmentChange): T {
  return { ...record, ...change.set, log: [...record.log, ...change.log], version: record.version + 1 };
}

/**
 * Decides and writes an assignment on the record as read, conditional on its
 * version; a lost race reads it again and decides once more. A key already
 * in the log changes nothing: the same request's retry is answered, another
 * request under it is KEY_REUSED.
 */
export async function runAssignment(
  db: Database,
  staff: User,
  input: { kind: AssignmentKind; targetId: string; opId: string; fingerprint: string },
  now: Date,
  decide: (record: Assignable) => AssignmentChange,
  /** The record as the caller already read it, for the first attempt. */
  first?: Target,
): Promise<Target> {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const target = attempt === 0 && first ? first : await loadTarget(db, staff, input.kind, input.targetId, now);
    if (isRetryOf(target.record.log, input.opId, input.fingerprint)) return target;
    const decided = decide(target.record);
    const change = { ...decided, log: stampKeyed(decided.log, input.fingerprint) };
    if (await write(db, target, change)) {
      return target.kind === 'household'
        ? { kind: 'household', record: applied(target.record, change) }
        : { kind: 'grid', record: applied(target.record, change), stored: true };
    }
  }
  throw new DomainError('CONFLICT');
}

/** Who looks after the record now (with phones) and its history. */
export async function assignmentsDto(db: Database, target: Target): Promise<AssignmentsDto> {
  const { record } = target;
  const [people, names] = await Promise.all([
    peopleByIds(
      db,
      record.cadres.map((c) => c.id),
    ),
    target.kind === 'grid' ? loadPlaceNames(db, [record.placeIds]) : Promise.resolve(new Map()),
  ]);
  const phones = new Map([...people].map(([id, user]) => [id, user.phone]));
  return {
    kind: target.kind,
    targetId: record._id,
    targetLabel: target.kind === 'household' ? householdLabel(target.record) : placeLabel(names, record.placeIds),
    cadres: record.cadres.map((c) => cadreDto(c, phones)),
    log: logDto(record.log),
    version: record.version,
  };
}
