import type { ActionName, FunctionName, RequestOf } from '../../cloudfunctions/contract';
import { addDays, instantAt } from '../../cloudfunctions/domain/servicedays/chinaCalendar';
import { sessionIdOf } from '../../cloudfunctions/domain/servicedays/ServiceSession';
import { DEMO_SERVICE_DAY_ID, demoBookingDate } from '../../localcloud/seed/demoServiceDays';
import { fileIdFor } from '../../localcloud/backend/file-ids';
import { uploadFolder } from '../../cloudfunctions/shared/uploadFolder';
import { chinaYear } from '../../cloudfunctions/domain/shared/chinaTime';
import { chinaMonth, monthsBack } from '../../cloudfunctions/domain/dashboard/chinaMonth';
import { issuePhoneCode } from './phoneCode';
import { chinaDate } from '../../cloudfunctions/domain/shared/chinaTime';
import { DEFAULT_QUOTA, DEFAULT_TAGS } from '../../cloudfunctions/domain/visits/VisitRules';
import { ROSTER_COLUMNS, ROSTER_EXAMPLE, type RosterColumn } from '../../cloudfunctions/domain/roster/rosterColumns';

const EXAMPLE_ROSTER_PATH = `${uploadFolder('rosters', 'demo-admin')}example-roster.csv`;

/** Calls an action as a demo user, as the app would; fails loudly when refused. */
async function callAs(cloudUrl: string, openid: string, fn: string, action: string, payload: object): Promise<void> {
  const response = await fetch(`${cloudUrl}/cloud/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-wx-openid': openid },
    body: JSON.stringify({ action, payload }),
  });
  const body = (await response.json()) as { ok?: boolean };
  if (!body.ok) throw new Error(`${fn}.${action} as ${openid} failed: ${JSON.stringify(body)}`);
}

/**
 * demo-rq-5 (resumed by the resume example, version 4) escalated by its grid
 * member to 太华村, then by the village to 凉泉乡 (version 6), for the
 * department examples (demo-rq-11 stays overdue for dashboard.remind).
 */
async function escalateToTownship(cloudUrl: string): Promise<void> {
  const step = { requestId: 'demo-rq-5', reason: '排水沟被占，村里调解不成，需要乡里协调' };
  await callAs(cloudUrl, 'demo-grid-he', 'requests', 'escalate', { ...step, version: 4, opId: 'example-up-village' });
  await callAs(cloudUrl, 'demo-staff-taihua', 'requests', 'escalate', { ...step, version: 5, opId: 'example-up-township' });
}

/** demo-rq-1, explained by the explain example (version 3): its resident says 没解决, its grid member accepts it again (version 5). */
async function reopenExplained(cloudUrl: string): Promise<void> {
  const step = { requestId: 'demo-rq-1' };
  await callAs(cloudUrl, 'demo-resident-wang', 'requests', 'notSolved', {
    ...step,
    version: 3,
    opId: 'example-ns-explained',
    reason: '垃圾还是堆着没人管',
  });
  await callAs(cloudUrl, 'demo-grid-wang', 'requests', 'accept', { ...step, version: 4, opId: 'example-accept-again' });
}

/** Uploads the roster template's example row as the administrator would, for the importRoster example. */
async function uploadExampleRoster(cloudUrl: string): Promise<void> {
  const keys = Object.keys(ROSTER_COLUMNS) as RosterColumn[];
  const csv = [keys.map((key) => ROSTER_COLUMNS[key]).join(','), keys.map((key) => ROSTER_EXAMPLE[key]).join(',')].join('\r\n');
  const response = await fetch(`${cloudUrl}/dev/upload?cloudPath=${encodeURIComponent(EXAMPLE_ROSTER_PATH)}`, {
    method: 'POST',
    headers: { 'x-wx-openid': 'demo-admin' },
    body: Buffer.from(csv, 'utf8'),
  });
  if (!response.ok) throw new Error(`uploading the example roster failed: ${response.status}`);
}

export interface ActionExample<F extends FunctionName, A extends ActionName<F>> {
  /** A demo user allowed to perform the action on freshly seeded demo data. */
  caller: string;
  payload: RequestOf<F, A>;
  /** When the action only makes sense at a certain time (checking in on the day): the runtime clock is moved there. */
  at?: Date;
  /** Done on the runtime first, e.g. issuing the code WeChat's phone-number button would give. */
  prepare?: (cloudUrl: string) => Promise<unknown>;
}

/** The demo date with bookings (the first Wednesday two or more days ahead, see the seed). */
const demoDate = demoBookingDate(new Date());
const demoSession = sessionIdOf(DEMO_SERVICE_DAY_ID, demoDate);

/**
 * One well-formed call for every action of the contract. The type makes a
 * new action without an example fail tsc, so the malformed-input test and
 * the database-action benchmark always cover every action.
 */
/** The dashboard's period in the examples: the last twelve months up to now. */
const DEMO_PERIOD = {
  from: monthsBack(chinaMonth(new Date()), 11),
  to: chinaMonth(new Date()),
};

/** The five-star evaluation is open for this year (and last), whenever the tests run. */
const CURRENT_YEAR = chinaYear(new Date());

/** Today in China: assignments start and end within a year of it. */
const TODAY = chinaDate(new Date());

export type ExampleTable = { [F in FunctionName]: { [A in ActionName<F>]: ActionExample<F, A> } };

export const actionExamples: ExampleTable = {
  users: {
    me: { caller: 'demo-resident-wang', payload: {} },
    home: { caller: 'demo-resident-wang', payload: {} },
    chooseGrid: { caller: 'demo-resident-li', payload: { gridId: 'g-hubin-2' } },
    setPreferences: { caller: 'demo-resident-wang', payload: { elderMode: true, save: { device: 'example-phone', seq: 1 } } },
    linkPhone: {
      caller: 'demo-resident-li',
      payload: { code: 'example-phone-code' },
      prepare: (cloudUrl) => issuePhoneCode(cloudUrl, '13905560102', 'example-phone-code'),
    },
  },
  grids: {
    listGrids: { caller: 'demo-resident-wang', payload: { townshipId: 't-liangquan' } },
    contactCard: { caller: 'demo-resident-wang', payload: { gridId: 'g-hubin-1' } },
  },
  // Steps act on the demo requests (localcloud/seed/demoRequests.ts), each on its own one.
  requests: {
    formOptions: { caller: 'demo-resident-wang', payload: {} },
    similar: { caller: 'demo-resident-wang', payload: { gridId: 'g-hubin-1', categoryId: 'environment' } },
    submit: {
      caller: 'demo-resident-wang',
      payload: {
        clientKey: 'example-submit-0001',
        gridId: 'g-hubin-1',
        categoryId: 'environment',
        text: '汪屋组池塘边的垃圾桶倒了，垃圾撒了一地。',
        photos: [`cloud://local-dev.6c6f-local-dev-1300000000/${uploadFolder('requests', 'demo-resident-wang')}example/1.jpg`],
        location: { address: '汪屋组池塘边', latitude: 30.12, longitude: 116.68 },
        publicName: false,
        contactName: '王秀英',
        contactPhone: '13905560101',
      },
    },
    fileOnBehalf: {
      caller: 'demo-grid-wang',
      payload: {
        clientKey: 'example-proxy-0001',
        gridId: 'g-hubin-1',
        categoryId: 'proxy',
        text: '汪奶奶的身份证过期了，腿脚不便，想请人帮忙办理换证。',
        photos: [],
        location: { address: '汪屋组12号' },
        publicName: false,
        residentName: '汪桂花',
        household: '汪屋组12号 汪桂花户',
        residentPhone: '13905569002',
      },
    },
    follow: { caller: 'demo-resident-sun', payload: { requestId: 'demo-rq-4' } },
    unfollow: { caller: 'demo-party-gao', payload: { requestId: 'demo-rq-3' } },
    mine: { caller: 'demo-resident-wang', payload: { status: 'open' } },
    detail: { caller: 'demo-resident-wang', payload: { requestId: 'demo-rq-1' } },
    inbox: { caller: 'demo-grid-wang', payload: { view: 'mine' } },
    accept: { caller: 'demo-grid-wang', payload: { requestId: 'demo-rq-1', version: 1, opId: 'example-accept-1' } },
    addNote: {
      caller: 'demo-grid-wang',
      payload: { requestId: 'demo-rq-2', opId: 'example-note-1', text: '已联系村里，明天带人去看路面。', photos: [], internal: false },
    },
    resolve: {
      caller: 'demo-grid-wang',
      payload: {
        requestId: 'demo-rq-2',
        version: 2,
        opId: 'example-resolve-1',
        outcome: '已用碎石填平冲坏的路面，电动车可以通行。',
        photos: [],
      },
    },
    escalate: {
      caller: 'demo-grid-guo',
      payload: { requestId: 'demo-rq-3', version: 2, opId: 'example-escalate-1', reason: '需要水厂加压，网格解决不了' },
    },
    suspend: {
      caller: 'demo-grid-chen',
      payload: { requestId: 'demo-rq-4', version: 1, opId: 'example-suspend-1', reason: '等县残联核对名单后再答复' },
    },
    resume: { caller: 'demo-grid-he', payload: { requestId: 'demo-rq-5', version: 3, opId: 'example-resume-1' } },
    reject: {
      caller: 'demo-grid-wu',
      payload: {
        requestId: 'demo-rq-6',
        version: 2,
        opId: 'example-reject-1',
        kind: 'notOurs',
        reason: '租房押金纠纷在县城，请到县法律援助中心咨询',
      },
    },
    rate: {
      caller: 'demo-resident-wang',
      payload: { requestId: 'demo-rq-7', version: 3, opId: 'example-rate-1', stars: 5, comment: '很快就办好了' },
    },
    notSolved: {
      caller: 'demo-resident-li',
      payload: { requestId: 'demo-rq-8', version: 3, opId: 'example-notsolved-1', reason: '昨晚又有人来倒了' },
    },
    recategorize: {
      caller: 'demo-staff-hubin',
      payload: { requestId: 'demo-rq-9', version: 1, opId: 'example-recat-1', categoryId: 'mediation' },
    },
    handOptions: { caller: 'demo-staff-township', payload: { requestId: 'demo-rq-5' }, prepare: escalateToTownship },
    assignDepartment: {
      caller: 'demo-staff-township',
      payload: {
        requestId: 'demo-rq-5',
        version: 6,
        opId: 'example-assign-dept-1',
        departmentId: 'dep-county-shuili',
        workdays: 5,
        note: '请县水利局核实排水沟走向，限期疏通',
      },
    },
    returnToTownship: {
      caller: 'demo-dept-shuili',
      payload: { requestId: 'demo-rq-5', version: 7, opId: 'example-return-1', reason: '这是邻里宅基地纠纷，请乡里调解' },
    },
    reassign: {
      caller: 'demo-staff-township',
      payload: {
        requestId: 'demo-rq-5',
        version: 8,
        opId: 'example-reassign-1',
        personId: 'demo-grid-he',
        note: '请网格长先约两家当面调解',
      },
    },
    explain: {
      caller: 'demo-grid-wang',
      payload: {
        requestId: 'demo-rq-1',
        version: 2,
        opId: 'example-explain-1',
        explanation: '垃圾清运由镇环卫所统一安排，本周内会来，已向群众说明。',
      },
    },
    plan: {
      caller: 'demo-grid-wang',
      payload: {
        requestId: 'demo-rq-1',
        version: 5,
        opId: 'example-plan-1',
        explanation: '村口垃圾池太小，清运跟不上，需要新建。',
        plan: '新建一座封闭式垃圾收集站，列入明年村级项目。',
        targetDate: `${chinaYear(new Date()) + 1}-03-15`,
      },
      prepare: reopenExplained,
    },
    plans: { caller: 'demo-staff-township', payload: {} },
  },
  posts: {
    overview: { caller: 'demo-grid-guo', payload: {} },
    registrationForm: { caller: 'demo-resident-li', payload: { gridId: 'g-hubin-2' } },
    register: {
      caller: 'demo-resident-li',
      payload: {
        name: '李建国',
        phone: '13905560102',
        branchId: 'b-power',
        employer: '望江县供电公司',
        gridId: 'g-hubin-2',
        skillKindIds: ['securityPatrol'],
        skills: '电工',
        clientKey: 'example-register-1',
      },
    },
    registrations: { caller: 'demo-staff-hubin', payload: { status: 'pending' } },
    decideRegistration: {
      caller: 'demo-staff-hubin',
      payload: { memberId: 'demo-party-xu', decision: 'reject', reason: '所填党支部与组织关系不符，请核对后重新提交' },
    },
    endMembership: { caller: 'demo-staff-taihua', payload: { memberId: 'demo-party-long', reason: '已调往县城工作，组织关系转出' } },
    staffPosts: { caller: 'demo-staff-hubin', payload: { gridId: 'g-hubin-1' } },
    createPost: {
      caller: 'demo-staff-hubin',
      payload: {
        gridId: 'g-hubin-3',
        clientKey: 'example-post-1',
        kindId: 'healthCare',
        title: '老年人健康随访',
        duties: '每月为李屋组独居老人量血压、送药上门',
        capacity: 2,
      },
    },
    editPost: {
      caller: 'demo-staff-hubin',
      payload: {
        postId: 'p-hubin1-patrol',
        version: 0,
        kindId: 'securityPatrol',
        title: '夜间治安巡逻',
        duties: '每周两个晚上巡查村道和湖堤',
        capacity: 5,
      },
    },
    closePost: { caller: 'demo-staff-hubin', payload: { postId: 'p-hubin3-culture', reason: '并入村文化活动中心统一组织' } },
    setClaimLimit: { caller: 'demo-admin', payload: { maxActivePosts: 3, version: 0 } },
    browsePosts: { caller: 'demo-party-gao', payload: { gridId: 'g-hubin-1', kindId: 'securityPatrol' } },
    claimPost: {
      caller: 'demo-party-gao',
      payload: { postId: 'p-hubin1-patrol', commitment: '每周二、周五晚上参加巡逻，发现隐患及时报告' },
    },
    stepDown: { caller: 'demo-grid-zhou', payload: { postId: 'p-hubin1-mediation', reason: '工作调动，暂时无法履职' } },
    logService: {
      caller: 'demo-party-gao',
      payload: {
        clientKey: 'example-log-0001',
        postId: 'p-hubin2-public',
        date: '2026-03-10',
        hours: 2,
        content: '检查郭屋组4户老旧线路',
        photos: [],
        household: '郭屋组 李建国家',
      },
    },
    myRecord: { caller: 'demo-party-gao', payload: { year: 2026 } },
    verificationQueue: { caller: 'demo-grid-guo', payload: {} },
    verifyLog: { caller: 'demo-grid-guo', payload: { logId: 'l-gao-3', decision: 'reject', reason: '请补充检修的具体户数' } },
    board: { caller: 'demo-resident-wang', payload: { gridId: 'g-hubin-2', year: 2026 } },
    serviceTotals: { caller: 'demo-staff-hubin', payload: { year: 2026, nodeId: 'v-hubin' } },
    postHistory: { caller: 'demo-staff-hubin', payload: { postId: 'p-hubin2-public' } },
    starCandidates: { caller: 'demo-resident-wang', payload: { year: CURRENT_YEAR } },
    scoreStars: {
      caller: 'demo-resident-wang',
      payload: {
        memberId: 'demo-grid-zhou',
        year: CURRENT_YEAR,
        scores: { study: 4, performance: 5, service: 5, discipline: 5, integrity: 4 },
      },
    },
  },
  servicedays: {
    listServiceDays: { caller: 'demo-staff-township', payload: {} },
    saveServiceDay: {
      caller: 'demo-staff-taihua',
      payload: {
        placeId: 'v-taihua',
        title: '太华村便民服务日',
        venue: '太华村便民服务站',
        recurrence: { kind: 'weekly', weekdays: [1, 5] },
        startTime: '14:00',
        endTime: '17:00',
        slotMinutes: 60,
        windows: [
          { name: '代办', capacity: 4 },
          { name: '卫生', capacity: 2 },
        ],
        horizonWeeks: 2,
        cancelCutoffMinutes: 60,
        maxActivePerPerson: 1,
        clientKey: 'example-day-1',
      },
    },
    addExtraDate: { caller: 'demo-staff-township', payload: { serviceDayId: DEMO_SERVICE_DAY_ID, date: addDays(demoDate, 2) } },
    dayList: { caller: 'demo-staff-township', payload: { sessionId: demoSession } },
    checkIn: {
      caller: 'demo-staff-township',
      payload: { sessionId: demoSession, code: '100001' },
      at: instantAt(demoDate, '08:50'),
    },
    addWalkIn: {
      caller: 'demo-staff-township',
      payload: { sessionId: demoSession, windowId: 'w4', slotKey: 'w4_1000', name: '汪大爷', requestKey: 'example-walk-in-1' },
      at: instantAt(demoDate, '09:40'),
    },
    markNoShow: {
      caller: 'demo-staff-township',
      payload: { sessionId: demoSession, code: '100003' },
      at: instantAt(demoDate, '10:30'),
    },
    browse: { caller: 'demo-resident-zhao', payload: {} },
    getSession: { caller: 'demo-resident-zhao', payload: { sessionId: demoSession } },
    book: { caller: 'demo-resident-zhao', payload: { sessionId: demoSession, slotKey: 'w5_1000', requestKey: 'example-book-1' } },
    cancelBooking: { caller: 'demo-resident-li', payload: { sessionId: demoSession, code: '100002', reason: '家里有事去不了' } },
    myBookings: { caller: 'demo-resident-wang', payload: {} },
    cancelDate: {
      caller: 'demo-staff-township',
      payload: { serviceDayId: DEMO_SERVICE_DAY_ID, date: addDays(demoDate, 7), reason: '乡里统一开会，暂停一次' },
    },
  },
  // Console: each step on its own demo message (localcloud/seed/demoMessages.ts).
  messages: {
    leave: {
      caller: 'demo-resident-wang',
      payload: { clientKey: 'example-leave-0001', text: '村里的老年活动室什么时候开门？', photos: [], publicConsent: true },
    },
    answer: {
      caller: 'demo-resident-li',
      payload: { messageId: 'demo-ms-2', opId: 'example-answer-1', text: '谢谢，我明天上午去村委会。', photos: [] },
    },
    mine: { caller: 'demo-resident-wang', payload: {} },
    detail: { caller: 'demo-resident-wang', payload: { messageId: 'demo-ms-1' } },
    staffList: { caller: 'demo-staff-hubin', payload: { view: 'waiting' } },
    open: { caller: 'demo-staff-hubin', payload: { messageId: 'demo-ms-1' } },
    reply: {
      caller: 'demo-staff-hubin',
      payload: { messageId: 'demo-ms-4', opId: 'example-reply-1', text: '村卫生室周六上午开门，周日休息。', photos: [] },
    },
    handOver: {
      caller: 'demo-staff-hubin',
      payload: {
        messageId: 'demo-ms-5',
        opId: 'example-handover-1',
        toStaffId: 'demo-staff-township',
        note: '低保复核归乡民政办，请帮忙答复',
      },
    },
    toRequest: { caller: 'demo-staff-taihua', payload: { messageId: 'demo-ms-3', categoryId: 'infrastructure' } },
    publish: { caller: 'demo-staff-taihua', payload: { messageId: 'demo-ms-3' } },
    board: { caller: 'demo-resident-zhao', payload: {} },
  },
  dashboard: {
    overview: { caller: 'demo-staff-hubin', payload: { from: DEMO_PERIOD.from, to: DEMO_PERIOD.to } },
    remind: { caller: 'demo-staff-taihua', payload: { requestId: 'demo-rq-11', opId: 'example-remind-1' } },
    // 凉泉乡's agents this month (汪德华's demo cases).
    proxyAgents: { caller: 'demo-staff-township', payload: { kind: 'month', year: CURRENT_YEAR, number: Number(TODAY.slice(5, 7)) } },
  },
  // 台账: 湖滨村's staff export their village for the weeks around the demo data.
  ledger: {
    ledgerPlaces: { caller: 'demo-staff-township', payload: {} },
    exportLedger: { caller: 'demo-staff-hubin', payload: { scopeId: 'v-hubin', from: addDays(demoDate, -60), to: demoDate } },
  },
  // 系统管理: the county's administrator.
  admin: {
    addPlace: { caller: 'demo-admin', payload: { parentId: 'v-taihua', name: '第四网格（新屋组）', clientKey: 'example-place-1' } },
    renamePlace: { caller: 'demo-admin', payload: { placeId: 'g-hubin-3', name: '第三网格（李屋组、新村）' } },
    categories: { caller: 'demo-admin', payload: {} },
    // Before the new order, which raises every moved category's version.
    setCategoryActive: { caller: 'demo-admin', payload: { categoryId: 'jobs', version: 0, active: false } },
    // The demo's eleven categories with 其他 first (every category, once).
    setCategoryOrder: {
      caller: 'demo-admin',
      payload: {
        categoryIds: [
          'other',
          'policy',
          'mediation',
          'legal',
          'hardship',
          'proxy',
          'environment',
          'security',
          'infrastructure',
          'health',
          'jobs',
        ],
      },
    },
    saveCategory: {
      caller: 'demo-admin',
      payload: {
        clientKey: 'example-category-1',
        name: '农机补贴',
        icon: 'money',
        timeLimitDays: 5,
        questions: [
          { kind: 'number', label: '耕地面积', required: true, min: 0, max: 10000, unit: '亩' },
          { kind: 'choice', label: '农机种类', required: false, options: ['拖拉机', '收割机', '插秧机'] },
        ],
      },
    },
    setHolidays: { caller: 'demo-admin', payload: { holidays: ['2027-01-01'], workdays: [], version: 0 } },
    setStaffScope: { caller: 'demo-admin', payload: { userId: 'demo-grid-wang', scopeId: 'v-hubin', version: 0 } },
    setGridDuty: {
      caller: 'demo-admin',
      payload: {
        userId: 'demo-grid-zhou',
        gridId: 'g-hubin-1',
        duty: { title: '网格员', categoryIds: ['environment', 'security'], firstResponsible: true },
        version: 0,
      },
    },
    // The template comes first: the import example reads the file it wrote (its example row is a valid roster row).
    rosterTemplate: { caller: 'demo-admin', payload: {} },
    // The template's own example row, uploaded by the administrator as a CSV (the template itself is stored under a random path).
    importRoster: {
      caller: 'demo-admin',
      payload: { fileID: fileIdFor('local-dev', EXAMPLE_ROSTER_PATH) },
      prepare: (cloudUrl) => uploadExampleRoster(cloudUrl),
    },
    placeChildren: { caller: 'demo-admin', payload: { placeId: 't-liangquan' } },
    placePeople: { caller: 'demo-admin', payload: { placeId: 'g-hubin-1' } },
    findPerson: { caller: 'demo-admin', payload: { phone: '13905560102' } },
    workCalendar: { caller: 'demo-admin', payload: {} },
    departments: { caller: 'demo-admin', payload: { placeId: 'c-wangjiang' } },
    saveDepartment: {
      caller: 'demo-admin',
      payload: { placeId: 't-liangquan', name: '凉泉乡水利站', categoryIds: ['infrastructure'], active: true, clientKey: 'example-dep-1' },
    },
    setDepartmentMember: {
      caller: 'demo-admin',
      payload: { departmentId: 'dep-liangquan-renshe', userId: 'demo-resident-sun', member: true, version: 0 },
    },
  },
  // 民情走访 on the demo households (localcloud/seed/demoVisits.ts): 汪德华 keeps 湖滨村 第一网格, 李大毛 supervises 湖滨村.
  // 代理代办: steps act on 汪德华's demo cases (localcloud/seed/demoProxy.ts), one at each stage.
  proxy: {
    catalogue: { caller: 'demo-admin', payload: { includeRetired: true } },
    saveItem: {
      caller: 'demo-admin',
      payload: {
        clientKey: 'example-item-1',
        name: '新型农村合作医疗参保登记',
        materials: ['身份证', '户口簿'],
        officeName: '凉泉乡便民服务中心',
        stageDays: { receive: 2, send: 2, conclude: 10, handBack: 2 },
        guide: '全家参保的带齐户口簿',
      },
    },
    openCase: {
      caller: 'demo-grid-wang',
      payload: {
        clientKey: 'example-proxy-open-1',
        itemId: 'pi-dibao',
        gridId: 'g-hubin-1',
        residentName: '王秀英',
        residentPhone: '13905560101',
        household: '汪屋组12号 王家',
        checked: ['身份证', '户口簿'],
      },
    },
    receive: {
      caller: 'demo-grid-wang',
      payload: { caseId: 'pc-demo-rcv1', version: 0, opId: 'example-proxy-rcv', checked: ['住院发票原件'] },
    },
    send: { caller: 'demo-grid-wang', payload: { caseId: 'pc-demo-snd1', version: 0, opId: 'example-proxy-snd', sentOn: TODAY } },
    conclude: { caller: 'demo-grid-wang', payload: { caseId: 'pc-demo-ccl1', version: 1, opId: 'example-proxy-ccl', outcome: 'approved' } },
    handBack: {
      caller: 'demo-grid-wang',
      payload: {
        caseId: 'pc-demo-ret1',
        version: 2,
        opId: 'example-proxy-ret',
        items: '新身份证1张',
        signer: 'witness',
        witnessName: '汪大山',
        signature: `cloud://local/${uploadFolder('proxy', 'demo-grid-wang')}example-signature.png`,
      },
    },
    rate: { caller: 'demo-resident-wang', payload: { caseId: 'pc-demo-don1', opId: 'example-proxy-rate', stars: 5, comment: '不用跑腿' } },
    caseDetail: { caller: 'demo-resident-wang', payload: { caseId: 'pc-demo-don1' } },
    // On the version the receive example above leaves (the examples run in order, their writes kept).
    reassign: {
      caller: 'demo-staff-township',
      payload: { caseId: 'pc-demo-rcv1', version: 1, opId: 'example-proxy-reassign', personId: 'demo-grid-zhou', reason: '原代办员已调走' },
    },
    reassignOptions: { caller: 'demo-staff-township', payload: { caseId: 'pc-demo-rcv1' } },
    myCases: { caller: 'demo-resident-wang', payload: {} },
    agentCases: { caller: 'demo-grid-wang', payload: { view: 'open' } },
    stuckCases: { caller: 'demo-staff-township', payload: {} },
    figures: { caller: 'demo-staff-township', payload: { kind: 'month', year: CURRENT_YEAR, number: Number(TODAY.slice(5, 7)) } },
  },
  visits: {
    visitOptions: { caller: 'demo-grid-wang', payload: {} },
    households: { caller: 'demo-grid-wang', payload: { placeId: 'g-hubin-1' } },
    myHouseholds: { caller: 'demo-grid-wang', payload: {} },
    household: { caller: 'demo-grid-wang', payload: { householdId: 'hh-hubin1-2' } },
    myHousehold: { caller: 'demo-resident-wang', payload: {} },
    saveHousehold: {
      caller: 'demo-grid-wang',
      payload: {
        opId: 'example-household-1',
        gridId: 'g-hubin-1',
        group: '汪屋组',
        address: '20号',
        members: [{ name: '汪大山', relation: 'head', ageBand: 'age60to79', phone: '13905569010', phoneVerified: false, userId: null }],
        tags: ['leftBehindElderly'],
        needs: '独居，耳背，敲门要大声',
      },
    },
    gridResidents: { caller: 'demo-grid-wang', payload: { gridId: 'g-hubin-1' } },
    cadreCandidates: { caller: 'demo-staff-hubin', payload: { placeId: 'g-hubin-1' } },
    gridAssignments: { caller: 'demo-staff-hubin', payload: { gridId: 'g-hubin-2' } },
    assignCadre: {
      caller: 'demo-staff-hubin',
      payload: { opId: 'example-assign-1', kind: 'household', targetId: 'hh-hubin2-2', cadreId: 'demo-grid-guo', since: TODAY },
    },
    endAssignment: {
      caller: 'demo-staff-hubin',
      payload: {
        opId: 'example-unassign-1',
        kind: 'household',
        targetId: 'hh-hubin1-2',
        cadreId: 'demo-staff-county',
        until: TODAY,
        reason: '工作调动，另行安排',
      },
    },
    recordVisit: {
      caller: 'demo-grid-wang',
      payload: {
        clientKey: 'example-visit-0001',
        householdIds: ['hh-hubin1-2'],
        at: new Date().toISOString(),
        kind: 'visit',
        seen: '汪奶奶精神不错，药还剩一周的量。',
        said: '说想把过期的身份证换了，走不动路。',
        help: '',
        photos: [],
        problems: [
          {
            key: 'example-problem-01',
            householdId: 'hh-hubin1-2',
            categoryId: 'proxy',
            text: '汪桂花身份证过期，腿脚不便，请帮忙上门办理换证。',
          },
        ],
      },
    },
    visitDetail: { caller: 'demo-grid-wang', payload: { visitId: 'demo-vs-4' } },
    diary: { caller: 'demo-staff-hubin', payload: { view: 'place', placeId: 'v-hubin' } },
    reportProblem: {
      caller: 'demo-grid-lichun',
      payload: {
        visitId: 'demo-vs-7',
        problem: {
          key: 'example-report-01',
          householdId: 'hh-hubin3-1',
          categoryId: 'mediation',
          text: '李德全和邻居宅基地边界争议，请乡土地所来测量。',
        },
      },
    },
    markCallback: { caller: 'demo-staff-hubin', payload: { opId: 'example-callback-1', visitId: 'demo-vs-4', reason: '抽查留守老人走访' } },
    recordCallback: {
      caller: 'demo-staff-hubin',
      payload: { opId: 'example-outcome-1', visitId: 'demo-vs-7', verdict: 'confirmed', text: '到李德全家核实，调解情况属实。' },
    },
    myProgress: { caller: 'demo-grid-wang', payload: { year: CURRENT_YEAR } },
    progress: { caller: 'demo-staff-township', payload: { placeId: 't-liangquan', year: CURRENT_YEAR } },
    needsVisit: { caller: 'demo-staff-hubin', payload: { placeId: 'v-hubin' } },
    needsVisitPanel: { caller: 'demo-staff-township', payload: {} },
    remind: { caller: 'demo-staff-hubin', payload: { opId: 'example-remind-visit-1', householdId: 'hh-hubin2-2' } },
    visitRules: { caller: 'demo-admin', payload: {} },
    saveVisitRules: {
      caller: 'demo-admin',
      payload: {
        tags: DEFAULT_TAGS.map((tag) => ({ ...tag, visitEveryDays: tag.id === 'leftBehindElderly' ? 20 : tag.visitEveryDays })),
        quota: { ...DEFAULT_QUOTA },
        version: 0,
      },
    },
  },
};

/** Every (function, action) pair with its example, for table-driven tests and benchmarks. */
export function everyAction(): Array<{
  fn: FunctionName;
  action: string;
  caller: string;
  payload: Record<string, unknown>;
  at?: Date;
  prepare?: (cloudUrl: string) => Promise<unknown>;
}> {
  return (Object.keys(actionExamples) as FunctionName[]).flatMap((fn) =>
    Object.entries(
      actionExamples[fn] as Record<
        string,
        { caller: string; payload: Record<string, unknown>; at?: Date; prepare?: (cloudUrl: string) => Promise<unknown> }
      >,
    ).map(([action, example]) => ({
      fn,
      action,
      caller: example.caller,
      payload: example.payload,
      at: example.at,
      prepare: example.prepare,
    })),
  );
}
