/**
 * Whether the client may send an action a second time when the network
 * failed and it cannot know whether the first one arrived: yes when
 * repeating it cannot do anything twice, because it only reads, carries a
 * key the server recognises (every request step and filing has one), or sets
 * a value that setting again leaves as it was.
 *
 * Every action of the contract is decided once, either way: tsc fails until
 * a new one is listed in `SafeToRepeat` or in `sentOnce`, or while one is in
 * both. Only `sentOnce` is a value (the shorter list: the mini-program ships
 * it in its main package); `SafeToRepeat` is a type and ships nowhere. No
 * zod here: the mini-program imports this module as a value, from
 * `@contract/retrySafe`, never through the index.
 */
import type { RequestStepName } from '../domain/requests/vocabulary';
import type { ActionName, FunctionName } from './index';

type ActionsOf = { [F in FunctionName]: ActionName<F> };
type Checked<T extends ActionsOf> = T;

/** The actions the client sends again after a network failure. */
type SafeToRepeat = Checked<{
  users: 'me' | 'home';
  grids: 'listGrids' | 'contactCard';
  // Filings and steps carry the phone's key (`clientKey`, `opId`); following twice follows once. Every step a
  // request's page offers (RequestStepName) is one of these.
  requests: RequestStepName | 'formOptions' | 'similar' | 'mine' | 'detail' | 'inbox' | 'submit' | 'fileOnBehalf' | 'handOptions' | 'plans';
  // A booking and a walk-in carry a key.
  servicedays: 'listServiceDays' | 'dayList' | 'browse' | 'getSession' | 'myBookings' | 'book' | 'addWalkIn';
  // Reads, and a service log (it carries the phone's key, `clientKey`).
  posts:
    | 'logService'
    | 'overview'
    | 'registrationForm'
    | 'registrations'
    | 'staffPosts'
    | 'browsePosts'
    | 'myRecord'
    | 'verificationQueue'
    | 'board'
    | 'serviceTotals'
    | 'postHistory'
    | 'starCandidates';
  // Every write carries a key, or is idempotent (open, toRequest, publish).
  messages: 'leave' | 'answer' | 'mine' | 'detail' | 'staffList' | 'open' | 'reply' | 'handOver' | 'toRequest' | 'publish' | 'board';
  dashboard: 'overview' | 'remind' | 'proxyAgents';
  // An export only reads; a repeat writes one more file and nothing else.
  ledger: 'ledgerPlaces' | 'exportLedger';
  // Reads, and setting a name, a limit, the calendar, a scope or a duty to the same value twice, are harmless.
  admin:
    | 'placeChildren'
    | 'placePeople'
    | 'findPerson'
    | 'workCalendar'
    | 'renamePlace'
    | 'categories'
    | 'setCategoryOrder'
    | 'setHolidays'
    | 'setStaffScope'
    | 'setGridDuty'
    | 'departments'
    | 'setDepartmentMember';
  // 民情走访: reads, and writes that carry a key (a record's id derives from it, or the key is in its log); the rules are set whole.
  visits:
    | 'visitOptions'
    | 'households'
    | 'myHouseholds'
    | 'household'
    | 'myHousehold'
    | 'saveHousehold'
    | 'gridResidents'
    | 'cadreCandidates'
    | 'gridAssignments'
    | 'assignCadre'
    | 'endAssignment'
    | 'recordVisit'
    | 'visitDetail'
    | 'diary'
    | 'reportProblem'
    | 'markCallback'
    | 'recordCallback'
    | 'myProgress'
    | 'progress'
    | 'needsVisit'
    | 'needsVisitPanel'
    | 'remind'
    | 'visitRules'
    | 'saveVisitRules';
  // 代办: opening carries the phone's key (`clientKey`), each step its `opId`.
  proxy:
    | 'catalogue'
    | 'openCase'
    | 'receive'
    | 'send'
    | 'conclude'
    | 'handBack'
    | 'rate'
    | 'caseDetail'
    | 'reassign'
    | 'reassignOptions'
    | 'myCases'
    | 'agentCases'
    | 'stuckCases'
    | 'figures';
}>;

/** The actions sent once: after a network failure the person sees it and decides. */
export const sentOnce = {
  users: ['chooseGrid', 'setPreferences', 'linkPhone'],
  grids: [],
  requests: [],
  // Staff changes and cancellations.
  servicedays: ['saveServiceDay', 'cancelDate', 'addExtraDate', 'checkIn', 'markNoShow', 'cancelBooking'],
  // The other writes of 党员服务.
  posts: [
    'register',
    'decideRegistration',
    'endMembership',
    'createPost',
    'editPost',
    'closePost',
    'setClaimLimit',
    'claimPost',
    'stepDown',
    'verifyLog',
    'scoreStars',
  ],
  messages: [],
  dashboard: [],
  ledger: [],
  // A new department or category has no key: sent twice, it would be added twice; an edit or a retirement made
  // on a version answers CONFLICT when repeated; adding a place or importing a roster is not harmless either.
  admin: ['saveDepartment', 'saveCategory', 'setCategoryActive', 'addPlace', 'importRoster', 'rosterTemplate'],
  visits: [],
  // An item saved twice would be added twice.
  proxy: ['saveItem'],
} as const satisfies { readonly [F in FunctionName]: readonly ActionName<F>[] };

type SentOnce = { [F in FunctionName]: (typeof sentOnce)[F][number] };
type Undecided = { [F in FunctionName]: Exclude<ActionName<F>, SafeToRepeat[F] | SentOnce[F]> }[FunctionName];
type DecidedBothWays = { [F in FunctionName]: Extract<SafeToRepeat[F], SentOnce[F]> }[FunctionName];
type NoneLeft<T extends never> = T;
/** tsc names the action here while one is undecided or decided both ways. */
export type EveryActionDecidedOnce = NoneLeft<Undecided | DecidedBothWays>;

/** True when `action` of `fn` may be sent again after a network failure. */
export function isRetrySafe<F extends FunctionName>(fn: F, action: ActionName<F>): boolean {
  return !(sentOnce[fn] as readonly string[]).includes(action);
}
