import type {
  CadreDto,
  CallbackDto,
  HouseholdDetailDto,
  HouseholdStep,
  HouseholdSummaryDto,
  MemberDto,
  ProblemDto,
  QuotaProgressDto,
  RecordLogDto,
  ResidentHouseholdDto,
  VisitDetailDto,
  VisitStepName,
  VisitRulesDto,
  VisitSummaryDto,
} from '../../../contract/visits';
import { maskPhone } from '../../../domain/posts/maskPhone';
import { localDateOf } from '../../../domain/servicedays/chinaCalendar';
import { seesFullPhones, type HouseholdRole, type VisitRole } from '../../../domain/visits/access';
import type { CaretakerSource } from '../../../domain/visits/assignments';
import { daysOverdue } from '../../../domain/visits/dueDate';
import {
  headOf,
  householdLabel,
  type CadreAssignment,
  type Household,
  type HouseholdMember,
  type RecordLogEntry,
} from '../../../domain/visits/Household';
import type { PersonRef } from '../../../domain/visits/Person';
import type { Visit, VisitLogEntry } from '../../../domain/visits/Visit';
import type { QuotaProgress } from '../../../domain/visits/visitDays';
import type { VisitRules } from '../../../domain/visits/VisitRules';
import { photoUrlsForDisplay } from '../../../shared/photoUrls';
import { placeLabel, type PlaceNames } from './places';

/** Screen types of 民情走访, built from the stored records; the domain never sees them. */

const dayOf = (instant: Date | null): string | null => (instant ? localDateOf(new Date(instant)) : null);

export function householdSummary(household: Household, names: PlaceNames, now: Date): HouseholdSummaryDto {
  const dueAt = household.dueAt ? new Date(household.dueAt) : null;
  return {
    id: household._id,
    label: householdLabel(household),
    gridId: household.gridId,
    place: placeLabel(names, household.placeIds),
    group: household.group,
    address: household.address,
    headName: headOf(household)?.name ?? '',
    memberCount: household.members.length,
    tags: household.tags,
    cadreNames: household.cadres.map((c) => c.name),
    lastVisitDay: dayOf(household.lastVisitAt),
    dueDay: dayOf(dueAt),
    overdueDays: dueAt && dueAt.getTime() <= now.getTime() ? daysOverdue(dueAt, now) : null,
  };
}

/** Full phones for the cadres who look after the household; masked for anyone else. */
function memberDto(member: HouseholdMember, fullPhones: boolean, keeper: boolean): MemberDto {
  return {
    name: member.name,
    relation: member.relation,
    ageBand: member.ageBand,
    phone: member.phone === '' ? '' : fullPhones ? member.phone : maskPhone(member.phone),
    phoneMasked: member.phone !== '' && !fullPhones,
    phoneVerified: member.phoneVerified,
    userId: keeper ? member.userId : null,
    linked: member.userId !== null,
  };
}

/** A cadre with the number to call them on (cadres are there to be called). */
export function cadreDto(assignment: CadreAssignment, phones: ReadonlyMap<string, string>): CadreDto {
  return { id: assignment.id, name: assignment.name, since: assignment.since, phone: phones.get(assignment.id) ?? '' };
}

export function logDto(entries: ReadonlyArray<RecordLogEntry | VisitLogEntry>): RecordLogDto[] {
  return entries.map((entry) => ({ at: new Date(entry.at).toISOString(), by: entry.by.name, what: entry.what }));
}

export interface HouseholdView {
  role: HouseholdRole;
  names: PlaceNames;
  phones: ReadonlyMap<string, string>;
  caretakers: { source: CaretakerSource; people: PersonRef[] };
  visits: Visit[];
  allowed: HouseholdStep[];
  now: Date;
}

export function householdDetail(household: Household, view: HouseholdView): HouseholdDetailDto {
  const fullPhones = seesFullPhones(view.role);
  return {
    ...householdSummary(household, view.names, view.now),
    version: household.version,
    members: household.members.map((m) => memberDto(m, fullPhones, view.role === 'keeper')),
    needs: household.needs,
    cadres: household.cadres.map((c) => cadreDto(c, view.phones)),
    caretakers: view.caretakers,
    recentVisits: view.visits.map((v) => visitSummary(v, view.names, v.cadreKey)),
    log: logDto(household.log),
    role: view.role,
    allowed: view.allowed,
  };
}

/**
 * What a resident sees of their own household: members (phones masked), the
 * people who look after it with their numbers; no tags, notes or diaries.
 */
export function residentHousehold(
  household: Household,
  names: PlaceNames,
  caretakers: readonly PersonRef[],
  phones: ReadonlyMap<string, string>,
): ResidentHouseholdDto {
  const since = new Map(household.cadres.map((c) => [c.id, c.since]));
  return {
    id: household._id,
    label: householdLabel(household),
    place: placeLabel(names, household.placeIds),
    members: household.members.map((m) => memberDto(m, false, false)),
    cadres: caretakers.map((p) => ({ id: p.id, name: p.name, since: since.get(p.id) ?? '', phone: phones.get(p.id) ?? '' })),
    lastVisitDay: dayOf(household.lastVisitAt),
  };
}

function excerpt(text: string): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length <= 40 ? chars.join('') : `${chars.slice(0, 39).join('')}…`;
}

/** `cursor`: the value of the key the list is read by (pass it back to read on). */
export function visitSummary(visit: Visit, names: PlaceNames, cursor: string): VisitSummaryDto {
  const at = new Date(visit.at);
  return {
    id: visit._id,
    at: at.toISOString(),
    day: visit.day,
    kind: visit.kind,
    cadreId: visit.cadreId,
    cadreName: visit.cadreName,
    place: placeLabel(names, visit.placeIds),
    households: visit.households,
    excerpt: excerpt(visit.seen),
    photoCount: visit.photos.length,
    problemCount: visit.problems.length,
    callbackState: visit.callback === null ? 'none' : visit.callback.outcome ? 'done' : 'pending',
    cursor,
  };
}

function callbackDto(visit: Visit): CallbackDto | null {
  const callback = visit.callback;
  if (!callback) return null;
  return {
    markedBy: callback.markedBy.name,
    markedAt: new Date(callback.markedAt).toISOString(),
    reason: callback.reason,
    outcome: callback.outcome
      ? {
          verdict: callback.outcome.verdict,
          text: callback.outcome.text,
          by: callback.outcome.by.name,
          at: new Date(callback.outcome.at).toISOString(),
        }
      : null,
  };
}

function problemDto(visit: Visit, problem: Visit['problems'][number]): ProblemDto {
  return {
    key: problem.key,
    householdId: problem.householdId,
    householdLabel: visit.households.find((h) => h.id === problem.householdId)?.label ?? '',
    categoryId: problem.categoryId,
    categoryName: problem.categoryName,
    text: problem.text,
    requestId: problem.requestId,
    requestCode: problem.requestCode,
    error: problem.error,
  };
}

/** The steps a person may take on a visit now; the page shows exactly these. */
export function visitSteps(visit: Visit, role: VisitRole): VisitStepName[] {
  const steps: VisitStepName[] = [];
  if (role === 'author') steps.push('reportProblem');
  if (role === 'supervisor' && !visit.callback) steps.push('markCallback');
  if (role === 'supervisor' && visit.callback && !visit.callback.outcome) steps.push('recordCallback');
  return steps;
}

export async function visitDetail(visit: Visit, role: VisitRole, names: PlaceNames): Promise<VisitDetailDto> {
  const urls = await photoUrlsForDisplay(visit.photos);
  return {
    ...visitSummary(visit, names, visit.cadreKey),
    gridId: visit.gridId,
    seen: visit.seen,
    said: visit.said,
    help: visit.help,
    photos: visit.photos.map((fileID) => ({ fileID, url: urls.get(fileID) ?? '' })),
    location: visit.location,
    problems: visit.problems.map((p) => problemDto(visit, p)),
    callback: callbackDto(visit),
    log: logDto(visit.log),
    allowed: visitSteps(visit, role),
  };
}

export function progressDto(progress: QuotaProgress): QuotaProgressDto {
  return { ...progress };
}

export function rulesDto(rules: VisitRules, countyName: string, editable: boolean): VisitRulesDto {
  return { countyId: rules.countyId, countyName, tags: rules.tags, quota: rules.quota, version: rules.version, editable };
}
