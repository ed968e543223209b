/**
 * Whether the client may send an action a second time when the network
 * failed and it cannot know whether the first one arrived: true when
 * repeating it cannot do anything twice, because it only reads, carries a
 * key the server recognises (every request step and filing has one), or sets
 * a value that setting again leaves as it was.
 *
 * Every action of the contract is listed, so a new one fails tsc until
 * someone decides. No zod here (types only): the mini-program imports this
 * module as a value, from `@contract/retrySafe`, never through the index.
 */
import type { ActionName, FunctionName } from './index';

export type RetrySafety = { readonly [F in FunctionName]: { readonly [A in ActionName<F>]: boolean } };

export const retrySafe = {
  users: { me: true, home: true, chooseGrid: false, setPreferences: false, linkPhone: false, uploadFolders: true },
  grids: { listGrids: true, contactCard: true },
  // Filings and steps carry the phone's key (`clientKey`, `opId`); following twice follows once.
  requests: {
    formOptions: true,
    similar: true,
    mine: true,
    detail: true,
    inbox: true,
    submit: true,
    fileOnBehalf: true,
    follow: true,
    unfollow: true,
    accept: true,
    addNote: true,
    resolve: true,
    escalate: true,
    suspend: true,
    resume: true,
    reject: true,
    rate: true,
    notSolved: true,
    recategorize: true,
    handOptions: true,
    assignDepartment: true,
    returnToTownship: true,
    reassign: true,
    explain: true,
    plan: true,
    plans: true,
  },
  // A booking and a walk-in carry a key; staff changes and cancellations are sent once.
  servicedays: {
    listServiceDays: true,
    dayList: true,
    browse: true,
    getSession: true,
    myBookings: true,
    book: true,
    addWalkIn: true,
    saveServiceDay: false,
    cancelDate: false,
    addExtraDate: false,
    checkIn: false,
    markNoShow: false,
    cancelBooking: false,
  },
  // Reads only: every write of 党员服务 is sent once.
  posts: {
    overview: true,
    registrationForm: true,
    registrations: true,
    staffPosts: true,
    browsePosts: true,
    myRecord: true,
    verificationQueue: true,
    board: true,
    serviceTotals: true,
    postHistory: true,
    starCandidates: true,
    register: false,
    decideRegistration: false,
    createPost: false,
    editPost: false,
    closePost: false,
    setClaimLimit: false,
    claimPost: false,
    stepDown: false,
    logService: false,
    verifyLog: false,
    scoreStars: false,
  },
  // Every write carries a key, or is idempotent (open, toRequest, publish).
  messages: {
    leave: true,
    answer: true,
    mine: true,
    detail: true,
    staffList: true,
    open: true,
    reply: true,
    handOver: true,
    toRequest: true,
    publish: true,
    board: true,
  },
  dashboard: { overview: true, remind: true, proxyAgents: true },
  // An export only reads; a repeat writes one more file and nothing else.
  ledger: { ledgerPlaces: true, exportLedger: true },
  // Reads, and setting a name, a limit, the calendar, a scope or a duty to the same value twice, are harmless; adding a place or importing a roster is not.
  admin: {
    placeChildren: true,
    placePeople: true,
    findPerson: true,
    workCalendar: true,
    renamePlace: true,
    categories: true,
    setCategoryOrder: true,
    setHolidays: true,
    setStaffScope: true,
    setGridDuty: true,
    departments: true,
    setDepartmentMember: true,
    // A new department has no key: sent twice, it would be added twice.
    saveDepartment: false,
    // A new category would be added twice; an edit or a retirement made on a version answers CONFLICT when repeated.
    saveCategory: false,
    setCategoryActive: false,
    addPlace: false,
    importRoster: false,
    rosterTemplate: false,
  },
  // 民情走访: reads, and writes that carry a key (a record's id derives from it, or the key is in its log); the rules are set whole.
  visits: {
    visitOptions: true,
    households: true,
    myHouseholds: true,
    household: true,
    myHousehold: true,
    saveHousehold: true,
    gridResidents: true,
    cadreCandidates: true,
    gridAssignments: true,
    assignCadre: true,
    endAssignment: true,
    recordVisit: true,
    visitDetail: true,
    diary: true,
    reportProblem: true,
    markCallback: true,
    recordCallback: true,
    myProgress: true,
    progress: true,
    needsVisit: true,
    needsVisitPanel: true,
    remind: true,
    visitRules: true,
    saveVisitRules: true,
  },
  // 代办: opening carries the phone's key (`clientKey`), each step its `opId`; an item saved twice would be added twice.
  proxy: {
    catalogue: true,
    saveItem: false,
    openCase: true,
    receive: true,
    send: true,
    conclude: true,
    handBack: true,
    rate: true,
    caseDetail: true,
    myCases: true,
    agentCases: true,
    figures: true,
  },
} as const satisfies RetrySafety;

/** True when `action` of `fn` may be sent again after a network failure. */
export function isRetrySafe<F extends FunctionName>(fn: F, action: ActionName<F>): boolean {
  return (retrySafe[fn] as Readonly<Record<string, boolean>>)[action] === true;
}
