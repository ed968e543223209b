import type {
  AssignmentsDto,
  DiaryDto,
  HouseholdDetailDto,
  MyProgressDto,
  NeedsVisitDto,
  ProgressDto,
  RecordVisitDto,
  RemindDto,
  RequestOf,
  VisitDetailDto,
  VisitOptionsDto,
  VisitRulesDto,
  VisitsResponses,
} from '@contract';
import { callCloud } from './cloud';

/** 民情走访: households, pairs, visit diaries, visit days, who needs a visit. */

export function options(): Promise<VisitOptionsDto> {
  return callCloud('visits', 'visitOptions', {});
}

export function households(placeId: string, tag?: string): Promise<VisitsResponses['households']> {
  return callCloud('visits', 'households', tag ? { placeId, tag } : { placeId });
}

export function myHouseholds(): Promise<VisitsResponses['myHouseholds']> {
  return callCloud('visits', 'myHouseholds', {});
}

export function household(householdId: string): Promise<HouseholdDetailDto> {
  return callCloud('visits', 'household', { householdId });
}

export function myHousehold(): Promise<VisitsResponses['myHousehold']> {
  return callCloud('visits', 'myHousehold', {});
}

export function saveHousehold(payload: RequestOf<'visits', 'saveHousehold'>): Promise<HouseholdDetailDto> {
  return callCloud('visits', 'saveHousehold', payload);
}

export function gridResidents(gridId: string): Promise<VisitsResponses['gridResidents']> {
  return callCloud('visits', 'gridResidents', { gridId });
}

export function cadreCandidates(placeId: string): Promise<VisitsResponses['cadreCandidates']> {
  return callCloud('visits', 'cadreCandidates', { placeId });
}

export function gridAssignments(gridId: string): Promise<AssignmentsDto> {
  return callCloud('visits', 'gridAssignments', { gridId });
}

export function assignCadre(payload: RequestOf<'visits', 'assignCadre'>): Promise<AssignmentsDto> {
  return callCloud('visits', 'assignCadre', payload);
}

export function endAssignment(payload: RequestOf<'visits', 'endAssignment'>): Promise<AssignmentsDto> {
  return callCloud('visits', 'endAssignment', payload);
}

/** Sent by the visit outbox (state/visitOutbox.ts), which keeps the entry until it gets through. */
export function recordVisit(payload: RequestOf<'visits', 'recordVisit'>): Promise<RecordVisitDto> {
  return callCloud('visits', 'recordVisit', payload);
}

export function visitDetail(visitId: string): Promise<VisitDetailDto> {
  return callCloud('visits', 'visitDetail', { visitId });
}

export function diary(query: RequestOf<'visits', 'diary'>): Promise<DiaryDto> {
  return callCloud('visits', 'diary', query);
}

export function reportProblem(payload: RequestOf<'visits', 'reportProblem'>): Promise<VisitDetailDto> {
  return callCloud('visits', 'reportProblem', payload);
}

export function markCallback(payload: RequestOf<'visits', 'markCallback'>): Promise<VisitDetailDto> {
  return callCloud('visits', 'markCallback', payload);
}

export function recordCallback(payload: RequestOf<'visits', 'recordCallback'>): Promise<VisitDetailDto> {
  return callCloud('visits', 'recordCallback', payload);
}

export function myProgress(year: number): Promise<MyProgressDto> {
  return callCloud('visits', 'myProgress', { year });
}

export function progress(placeId: string, year: number): Promise<ProgressDto> {
  return callCloud('visits', 'progress', { placeId, year });
}

export function needsVisit(placeId: string, after?: string): Promise<NeedsVisitDto> {
  return callCloud('visits', 'needsVisit', after ? { placeId, after } : { placeId });
}

export function remind(householdId: string, opId: string): Promise<RemindDto> {
  return callCloud('visits', 'remind', { householdId, opId });
}

export function rules(): Promise<VisitRulesDto> {
  return callCloud('visits', 'visitRules', {});
}

export function saveRules(payload: RequestOf<'visits', 'saveVisitRules'>): Promise<VisitRulesDto> {
  return callCloud('visits', 'saveVisitRules', payload);
}
