import { addDays, localDateOf } from '../servicedays/chinaCalendar';
import { DomainError } from '../shared/DomainError';
import type { CadreAssignment, RecordLogEntry } from './Household';
import { refOf, type Person, type PersonRef } from './Person';

/**
 * 包保 (a cadre answers for a grid, a 屯) and 结对帮扶 (for a household).
 * The record keeps who looks after it now; every start and end is appended
 * to its log, so a reassignment never loses who looked after it before.
 */
export type AssignmentKind = 'household' | 'grid';

/** A record cadres are assigned to: a household, or the caretakers document of a grid. */
export interface Assignable {
  cadres: CadreAssignment[];
  cadreIds: string[];
  log: RecordLogEntry[];
}

/** Who looks after one grid (包保), one document per grid. */
export interface GridCaretakers extends Assignable {
  _id: string;
  placeIds: string[];
  version: number;
  updatedAt: Date;
}

export interface AssignmentChange {
  set: { cadres: CadreAssignment[]; cadreIds: string[]; updatedAt: Date };
  log: RecordLogEntry[];
}

const KIND_WORDS: Record<AssignmentKind, string> = { household: '结对帮扶', grid: '包保' };

/** At most this many cadres look after one record at a time. */
export const MAX_CADRES = 10;

/** A start or end date within a year of today (China days): a typo of a year is caught. */
function requireNearDate(date: string, now: Date, path: string): void {
  const today = localDateOf(now);
  if (date < addDays(today, -366) || date > addDays(today, 366)) {
    throw new DomainError('INVALID_INPUT', '日期请选在前后一年之内', [{ path, message: '日期请选在前后一年之内' }]);
  }
}

function change(target: Assignable, cadres: CadreAssignment[], now: Date, log: RecordLogEntry[]): AssignmentChange {
  return { set: { cadres, cadreIds: cadres.map((c) => c.id), updatedAt: now }, log: [...log] };
}

export interface AssignInput {
  kind: AssignmentKind;
  cadre: Pick<Person, '_id' | 'name'>;
  since: string;
  /** A cadre of the record this one takes over from (调整): their assignment ends the day before. */
  replaces?: string;
  by: Person;
  now: Date;
  opId: string;
}

/** Adds a cadre to a record (and, for a reassignment, ends the one replaced). */
export function assignCadre(target: Assignable, input: AssignInput): AssignmentChange {
  requireNearDate(input.since, input.now, 'since');
  if (target.cadreIds.includes(input.cadre._id)) throw new DomainError('ALREADY_ASSIGNED');
  const by: PersonRef = refOf(input.by);
  const word = KIND_WORDS[input.kind];
  const log: RecordLogEntry[] = [];
  let cadres = [...target.cadres];
  if (input.replaces !== undefined) {
    const replaced = cadres.find((c) => c.id === input.replaces);
    if (!replaced) throw new DomainError('NOT_FOUND', '要调整的干部已经不在这里了，请刷新后再看');
    cadres = cadres.filter((c) => c.id !== replaced.id);
    const until = addDays(input.since, -1);
    log.push({
      at: input.now,
      by,
      kind: 'unpaired',
      what: `${word}调整：${replaced.name}（${replaced.since}至${until}）`,
      opId: `${input.opId}-end`,
    });
  }
  if (cadres.length >= MAX_CADRES) throw new DomainError('INVALID_INPUT', `最多${MAX_CADRES}位干部同时${word}`);
  cadres.push({ id: input.cadre._id, name: input.cadre.name, since: input.since });
  log.push({ at: input.now, by, kind: 'paired', what: `${word}：${input.cadre.name}（自${input.since}起）`, opId: input.opId });
  return change(target, cadres, input.now, log);
}

export interface EndInput {
  kind: AssignmentKind;
  cadreId: string;
  until: string;
  reason: string;
  by: Person;
  now: Date;
  opId: string;
}

/** Ends a cadre's assignment on a record, with the last day and why. */
export function endAssignment(target: Assignable, input: EndInput): AssignmentChange {
  requireNearDate(input.until, input.now, 'until');
  const ended = target.cadres.find((c) => c.id === input.cadreId);
  if (!ended) throw new DomainError('NOT_FOUND', '这位干部已经不在这里了，请刷新后再看');
  if (input.until < ended.since) {
    throw new DomainError('INVALID_INPUT', '结束日期不能早于开始日期', [{ path: 'until', message: '结束日期不能早于开始日期' }]);
  }
  const what = `结束${KIND_WORDS[input.kind]}：${ended.name}（${ended.since}至${input.until}）：${input.reason}`;
  const cadres = target.cadres.filter((c) => c.id !== ended.id);
  return change(target, cadres, input.now, [{ at: input.now, by: refOf(input.by), kind: 'unpaired', what, opId: input.opId }]);
}

/** The caretakers document of a grid nobody has been assigned to yet. */
export function emptyGridCaretakers(gridId: string, placeIds: string[], now: Date): GridCaretakers {
  return { _id: gridId, placeIds, cadres: [], cadreIds: [], log: [], version: 0, updatedAt: now };
}

/** Where the people who look after a household come from. */
export type CaretakerSource = 'paired' | 'beat' | 'grid';

/**
 * Who looks after a household: its own cadres (结对), else those of its grid
 * (包保), else the grid's first responsible members (else all its members).
 */
export function caretakersOf(
  household: { cadres: readonly CadreAssignment[] },
  beat: { cadres: readonly CadreAssignment[] } | null,
  gridMembers: ReadonlyArray<{ id: string; name: string; firstResponsible: boolean }>,
): { source: CaretakerSource; people: PersonRef[] } {
  if (household.cadres.length > 0) return { source: 'paired', people: household.cadres.map(({ id, name }) => ({ id, name })) };
  if (beat && beat.cadres.length > 0) return { source: 'beat', people: beat.cadres.map(({ id, name }) => ({ id, name })) };
  const first = gridMembers.filter((m) => m.firstResponsible);
  return { source: 'grid', people: (first.length > 0 ? first : gridMembers).map(({ id, name }) => ({ id, name })) };
}

/**
 * A cadre a record may be given: staff over it (county, township or village
 * cadres of its chain), or a grid member serving a grid of its village.
 * `dutyVillageIds`: the villages of the grids the grid member serves.
 */
export function requireEligibleCadre(cadre: Person, targetPlaceIds: readonly string[], dutyVillageIds: readonly string[]): void {
  const staffOver = cadre.roles.includes('staff') && cadre.staffScopeId !== null && targetPlaceIds.includes(cadre.staffScopeId);
  const village = targetPlaceIds[2];
  const gridMemberHere = cadre.roles.includes('gridMember') && village !== undefined && dutyVillageIds.includes(village);
  if (!staffOver && !gridMemberHere) throw new DomainError('NOT_A_CADRE');
}
