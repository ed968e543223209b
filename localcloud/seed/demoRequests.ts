import type { ResidentRequest } from '../../cloudfunctions/domain/requests/ResidentRequest';
import { fileRequest, type FileRequestInput } from '../../cloudfunctions/domain/requests/fileRequest';
import { acceptRequest, resolveRequest, suspendRequest } from '../../cloudfunctions/domain/requests/handlerSteps';
import { applyChange, actorFor, type RequestChange } from '../../cloudfunctions/domain/requests/requestChange';
import { rateRequest } from '../../cloudfunctions/domain/requests/residentSteps';
import type { RoutingContext } from '../../cloudfunctions/domain/requests/routeRequest';
import { DAY_MS, type WorkCalendar } from '../../cloudfunctions/domain/calendar/workCalendar';
import type { User } from '../../cloudfunctions/domain/people/User';
import { demoCategories } from './demoCatalog';
import { demoNodes } from './demoPlaces';
import { demoUsers } from './demoUsers';

/**
 * The work calendar (法定节假日 and 调休) of the demo: 2026 as announced by the
 * State Council, and New Year 2027. A deployment replaces it every year
 * (settings document `workCalendar`, see README).
 */
export const demoWorkCalendar: WorkCalendar & { _id: string } = {
  _id: 'workCalendar',
  holidays: [
    '2026-01-01',
    '2026-01-02',
    '2026-02-16',
    '2026-02-17',
    '2026-02-18',
    '2026-02-19',
    '2026-02-20',
    '2026-02-23',
    '2026-04-06',
    '2026-05-01',
    '2026-05-04',
    '2026-05-05',
    '2026-06-19',
    '2026-09-25',
    '2026-10-01',
    '2026-10-02',
    '2026-10-05',
    '2026-10-06',
    '2026-10-07',
    '2027-01-01',
  ],
  workdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
};

function person(openid: string): User {
  const user = demoUsers.find((u) => u._id === openid);
  if (!user) throw new Error(`demo user ${openid} missing`);
  return user;
}

function node(id: string) {
  const found = demoNodes.find((n) => n._id === id);
  if (!found) throw new Error(`demo node ${id} missing`);
  return found;
}

/** What loadRoutingContext reads from the database, built from the demo arrays. */
export function demoRoutingContext(gridId: string, categoryId: string, requests: ResidentRequest[]): RoutingContext {
  const grid = node(gridId);
  const [countyId, townshipId, villageId] = grid.ancestorIds;
  const category = demoCategories.find((c) => c._id === categoryId);
  const openCounts: Record<string, number> = {};
  for (const r of requests) if (r.openHandlerId) openCounts[r.openHandlerId] = (openCounts[r.openHandlerId] ?? 0) + 1;
  return {
    grid: { id: grid._id, name: grid.name },
    village: { id: villageId, name: node(villageId).name },
    township: { id: townshipId, name: node(townshipId).name },
    county: { id: countyId, name: node(countyId).name },
    members: demoUsers
      .filter((u) => u.gridDuties.some((d) => d.gridId === gridId))
      .map((u) => ({ id: u._id, name: u.name, duties: u.gridDuties })),
    cadres: demoUsers.flatMap((u) =>
      u.nodeDuties
        .filter((d) => d.nodeId === villageId || d.nodeId === townshipId || d.nodeId === countyId)
        .map((d) => ({ id: u._id, name: u.name, nodeId: d.nodeId, title: d.title, firstResponsible: d.firstResponsible })),
    ),
    openCounts,
    category: { id: categoryId, name: category?.name ?? categoryId },
  };
}

interface DemoFiling {
  id: string;
  filer: string;
  gridId: string;
  categoryId: string;
  text: string;
  daysAgo: number;
  proxyFor?: { name: string; household: string; phone: string };
  publicName?: boolean;
}

/** Shown to people who try the demo: the handlers' inboxes and residents' lists are not empty. */
const FILINGS: DemoFiling[] = [
  {
    id: 'demo-rq-1',
    filer: 'demo-resident-wang',
    gridId: 'g-hubin-1',
    categoryId: 'environment',
    text: '村口垃圾池满了好几天没人清运，天热有臭味，麻烦尽快安排清运。',
    daysAgo: 1,
    publicName: true,
  },
  {
    id: 'demo-rq-2',
    filer: 'demo-resident-wang',
    gridId: 'g-hubin-1',
    categoryId: 'infrastructure',
    text: '汪屋组到村部的路被雨水冲坏了一段，电动车过不去，老人去卫生室要绕远路。',
    daysAgo: 2,
  },
  {
    id: 'demo-rq-3',
    filer: 'demo-resident-li',
    gridId: 'g-hubin-2',
    categoryId: 'infrastructure',
    text: '夏天自来水经常停，一停就是大半天，家里老人挑水困难。',
    daysAgo: 2,
    publicName: true,
  },
  {
    id: 'demo-rq-4',
    filer: 'demo-resident-zhao',
    gridId: 'g-taihua-1',
    categoryId: 'hardship',
    text: '残疾人两项补贴今年下半年的还没有到账，不知道该找谁问。',
    daysAgo: 1,
  },
  {
    id: 'demo-rq-5',
    filer: 'demo-resident-sun',
    gridId: 'g-taihua-2',
    categoryId: 'mediation',
    text: '邻居家扩建占了我家门前的排水沟，一下雨水就往我家院子里灌，协商不成。',
    daysAgo: 3,
  },
  {
    id: 'demo-rq-6',
    filer: 'demo-grid-wu',
    gridId: 'g-taihua-3',
    categoryId: 'other',
    daysAgo: 1,
    text: '吴大爷在县城租的房子退租后房东一直不退押金，想请村里帮忙要回来。',
    proxyFor: { name: '吴德旺', household: '三段组8号 吴德旺户', phone: '13905569001' },
  },
  {
    id: 'demo-rq-7',
    filer: 'demo-resident-wang',
    gridId: 'g-hubin-1',
    categoryId: 'policy',
    text: '家里老人满八十岁了，想问高龄津贴怎么申请，要带什么材料。',
    daysAgo: 6,
  },
  {
    id: 'demo-rq-8',
    filer: 'demo-resident-li',
    gridId: 'g-hubin-2',
    categoryId: 'environment',
    text: '郭屋组水塘边有人半夜倒建筑垃圾，已经堆了一大片。',
    daysAgo: 5,
  },
  {
    id: 'demo-rq-9',
    filer: 'demo-resident-wang',
    gridId: 'g-hubin-1',
    categoryId: 'other',
    text: '村部广场跳舞的音响开得太大，晚上十点多还没停，老人睡不着。',
    daysAgo: 0,
  },
  {
    id: 'demo-rq-10',
    filer: 'demo-resident-zhao',
    gridId: 'g-taihua-1',
    categoryId: 'health',
    text: '想预约家庭医生上门量血压，腿脚不方便去卫生院。',
    daysAgo: 12,
  },
  {
    id: 'demo-rq-11',
    filer: 'demo-resident-sun',
    gridId: 'g-taihua-2',
    categoryId: 'security',
    text: '河南组路口的路灯坏了半个月，晚上黑漆漆的，前几天还有人丢了电动车。',
    daysAgo: 9,
  },
];

type Step = (request: ResidentRequest, at: Date) => RequestChange;

const by = (openid: string, request: ResidentRequest) => actorFor(person(openid), request);

/** What has happened to each demo request since it was filed (applied through the domain, like the cloud does). */
function demoSteps(calendar: WorkCalendar): Record<string, Step[]> {
  const accept =
    (openid: string): Step =>
    (r, at) =>
      acceptRequest(r, { actor: by(openid, r), now: at, opId: `seed-accept-${r._id}` });
  const resolve =
    (openid: string, text: string): Step =>
    (r, at) =>
      resolveRequest(r, { actor: by(openid, r), now: at, opId: `seed-resolve-${r._id}` }, { text, photos: [] });
  return {
    'demo-rq-2': [accept('demo-grid-wang')],
    'demo-rq-3': [accept('demo-grid-guo')],
    'demo-rq-5': [
      accept('demo-grid-he'),
      (r, at) =>
        suspendRequest(
          r,
          { actor: by('demo-grid-he', r), now: at, opId: 'seed-suspend-5' },
          '邻居一家在外地打工，春节前回来后再当面调解',
          calendar,
        ),
    ],
    'demo-rq-7': [
      accept('demo-grid-wang'),
      resolve('demo-grid-wang', '已上门讲解高龄津贴政策，身份证、户口本复印件已帮忙交到村委会，下月起发放。'),
    ],
    'demo-rq-8': [accept('demo-grid-guo'), resolve('demo-grid-guo', '已联系村里安排铲车清运，并在塘边立了禁止倾倒的牌子。')],
    'demo-rq-10': [
      accept('demo-grid-liu'),
      resolve('demo-grid-liu', '已联系卫生院家庭医生，每月第一个周三上门随访。'),
      (r, at) =>
        rateRequest(r, { actor: by('demo-resident-zhao', r), now: at, opId: 'seed-rate-10' }, { stars: 5, comment: '医生很耐心，谢谢！' }),
    ],
    'demo-rq-11': [],
  };
}

/** Demo requests relative to `now`, in every state a handler meets. */
export function demoRequests(now: Date): ResidentRequest[] {
  const calendar: WorkCalendar = demoWorkCalendar;
  const steps = demoSteps(calendar);
  const built: ResidentRequest[] = [];
  for (const filing of FILINGS) {
    const filer = person(filing.filer);
    const filedAt = new Date(now.getTime() - filing.daysAgo * DAY_MS - 3 * 3_600_000);
    const grid = node(filing.gridId);
    const category = demoCategories.find((c) => c._id === filing.categoryId)!;
    const input: FileRequestInput = {
      id: filing.id,
      code: `QS${filing.id.replace('demo-rq-', '').padStart(6, '0')}`,
      clientKey: `seed-${filing.id}`,
      now: filedAt,
      filer,
      resident: filing.proxyFor
        ? { id: null, name: filing.proxyFor.name, phone: filing.proxyFor.phone, phoneVerified: false, household: filing.proxyFor.household }
        : { id: filer._id, name: filer.name, phone: filer.phone, phoneVerified: filer.phone !== '', household: null },
      proxy: Boolean(filing.proxyFor),
      placeIds: [...grid.ancestorIds, grid._id],
      category: { id: category._id, name: category.name, timeLimitDays: category.timeLimitDays },
      text: filing.text,
      photos: [],
      location: null,
      publicName: filing.publicName ?? false,
    };
    let request = fileRequest(input, demoRoutingContext(filing.gridId, filing.categoryId, built), calendar).request;
    (steps[filing.id] ?? []).forEach((step, i) => {
      const at = new Date(filedAt.getTime() + (i + 1) * 3_600_000 * 5);
      request = applyChange(request, step(request, at));
    });
    built.push(request);
  }
  // 李建国's water complaint is followed by a neighbour.
  const water = built.find((r) => r._id === 'demo-rq-3')!;
  water.followerIds = ['demo-party-gao'];
  return built;
}
