import { localDateOf } from '../servicedays/chinaCalendar';
import { DomainError } from '../shared/DomainError';
import { householdLabel, type Household } from './Household';
import { DAY_MS, dueFields } from './dueDate';
import { refOf, type Person } from './Person';
import { personKey, placeKeys } from './placeKeys';
import type { Visit, VisitLocation } from './Visit';
import type { VisitRules } from './VisitRules';
import { VISIT_LIMITS, type CadreLevel, type VisitKind } from './vocabulary';

/** A phone's clock may run a little ahead of the server's. */
const CLOCK_SKEW_MS = 10 * 60_000;

export interface ProblemInput {
  key: string;
  householdId: string;
  categoryId: string;
  categoryName: string;
  text: string;
}

export interface VisitInput {
  id: string;
  clientKey: string;
  cadre: Person;
  cadreLevel: CadreLevel;
  /** The households visited, as read (access already checked). */
  households: Household[];
  at: Date;
  kind: VisitKind;
  seen: string;
  said: string;
  help: string;
  photos: string[];
  location: VisitLocation | null;
  problems: ProblemInput[];
  now: Date;
}

function invalid(path: string, message: string): DomainError {
  return new DomainError('INVALID_INPUT', message, [{ path, message }]);
}

/**
 * A diary entry as written at the door, possibly days before it reaches the
 * server (kept on the phone offline): dated when it happened, not when it
 * arrived, but never in the future. One entry is one grid's households
 * (a trip through several grids is several entries).
 */
export function newVisit(input: VisitInput): Visit {
  const { now, at, households } = input;
  if (at.getTime() > now.getTime() + CLOCK_SKEW_MS) throw invalid('at', '走访时间不能晚于现在，请检查手机的时间');
  if (at.getTime() < now.getTime() - VISIT_LIMITS.backdateDays * DAY_MS) throw invalid('at', '走访时间太早了，只能补记一年之内的走访');
  if (households.length === 0) throw invalid('householdIds', '请选择走访的住户');
  const gridId = households[0].gridId;
  if (households.some((h) => h.gridId !== gridId)) throw invalid('householdIds', '一条走访记录只能记同一个网格的住户，其他网格请另记一条');
  const ids = households.map((h) => h._id);
  if (new Set(ids).size !== ids.length) throw invalid('householdIds', '同一户选了两次');
  input.problems.forEach((problem, index) => {
    if (!ids.includes(problem.householdId)) throw invalid(`problems.${index}.householdId`, '发现的问题要属于这次走访的住户');
    if (input.problems.findIndex((p) => p.key === problem.key) !== index) throw invalid(`problems.${index}.key`, '同一个问题提交了两次');
  });
  const placeIds = households[0].placeIds;
  return {
    _id: input.id,
    clientKey: input.clientKey,
    cadreId: input.cadre._id,
    cadreName: input.cadre.name,
    cadreLevel: input.cadreLevel,
    householdIds: ids,
    households: households.map((h) => ({ id: h._id, label: householdLabel(h) })),
    gridId,
    placeIds,
    at,
    day: localDateOf(at),
    kind: input.kind,
    seen: input.seen,
    said: input.said,
    help: input.help,
    photos: input.photos,
    location: input.location,
    problems: input.problems.map((p) => ({ ...p, requestId: null, requestCode: null, error: null, at: now })),
    callback: null,
    callbackOwner: null,
    keys: placeKeys(placeIds, at),
    cadreKey: personKey(input.cadre._id, at),
    version: 1,
    createdAt: now,
    log: [{ at: now, by: refOf(input.cadre), kind: 'recorded', what: '记录走访', opId: input.clientKey }],
  };
}

/**
 * A household after a visit: its last visit and due date move on, unless a
 * later visit is already recorded (entries sent late from a phone arrive out
 * of order). Null when nothing changes.
 */
export function householdAfterVisit(
  household: Household,
  visit: Pick<Visit, '_id' | 'at'>,
  rules: VisitRules,
): Pick<Household, 'lastVisitAt' | 'lastVisitId' | 'due' | 'dueAt' | 'rulesVersion'> | null {
  if (household.lastVisitAt && household.lastVisitAt.getTime() >= visit.at.getTime()) return null;
  const due = dueFields(
    { tags: household.tags, lastVisitAt: visit.at, createdAt: household.createdAt, placeIds: household.placeIds },
    rules,
  );
  return { lastVisitAt: visit.at, lastVisitId: visit._id, ...due };
}
