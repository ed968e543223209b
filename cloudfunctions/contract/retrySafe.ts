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
  // A booking and a walk-in carry a key; a new service day carries the phone's key (`clientKey`, its id derives
  // from it), and an edit of one its version: sent again, it is answered as done and changes nothing (a versioned
  // edit keeps its fingerprint on the record, domain/shared/lastEdit).
  servicedays: 'listServiceDays' | 'dayList' | 'browse' | 'getSession' | 'myBookings' | 'book' | 'addWalkIn' | 'saveServiceDay';
  // Reads, and the creates: a service log, a new post and a report (报到) carry the phone's key (`clientKey`: the
  // log's and the post's ids derive from it, the registration keeps it), so a resend is answered with what the
  // first made. Ending a membership again only finishes what is left and answers the same. An edit of a post or
  // of the claim limit carries its version: sent again, it is answered as done and changes nothing.
  posts:
    | 'logService'
    | 'createPost'
    | 'register'
    | 'endMembership'
    | 'editPost'
    | 'setClaimLimit'
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
  // Reads, and setting a name, a limit or the calendar to the same value twice, are harmless. A new place,
  // department or category carries the phone's key (`clientKey`: its id and log entry derive from it), so a resend
  // is answered with what the first made; an edit of a department, a category or a person (scope, duty,
  // department membership), and retiring or restoring a category, carries its version: sent again, it is answered
  // as done and changes nothing.
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
    | 'setDepartmentMember'
    | 'addPlace'
    | 'saveDepartment'
    | 'saveCategory'
    | 'setCategoryActive';
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
  // 代办: opening and a new item carry the phone's key (`clientKey`), each step its `opId`; an edit of an item
  // carries its version (sent again, it is answered as done and changes nothing).
  proxy:
    | 'saveItem'
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
  // Changing a date, and the steps of a booking at the hall. None can do anything twice (a date's document has an
  // id from the day and the date; a booking changes only from the state it is in), but sent again after the first
  // went through, each is refused (已经取消过了, 本来就是服务日, 已经签到过了, 这个预约已经取消了): retried by the
  // phone, the person would be told their own change failed. Sent once, a lost answer is told as such.
  servicedays: ['cancelDate', 'addExtraDate', 'checkIn', 'markNoShow', 'cancelBooking'],
  // Decisions and steps of 党员服务. None can do anything twice (each changes a record only from the state it is
  // in, a claim's and a score's ids derive from who and what), but sent again after the first went through, each
  // is refused (已经审核过了, 已经认领了, 已经关闭了, 已经评过分了, 您目前没有在这个岗位上): retried by the phone,
  // the person would be told their own step failed. Sent once, a lost answer is told as such.
  posts: ['decideRegistration', 'closePost', 'claimPost', 'stepDown', 'verifyLog', 'scoreStars'],
  messages: [],
  dashboard: [],
  ledger: [],
  // Importing a roster, or writing its template file, is not harmless repeated.
  admin: ['importRoster', 'rosterTemplate'],
  visits: [],
  proxy: [],
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
