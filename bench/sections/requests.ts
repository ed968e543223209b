import type { Doc } from '../../localcloud';
import { fileRequest } from '../../cloudfunctions/domain/requests/fileRequest';
import { acceptRequest, resolveRequest } from '../../cloudfunctions/domain/requests/handlerSteps';
import { actorFor, applyChange } from '../../cloudfunctions/domain/requests/requestChange';
import { rateRequest } from '../../cloudfunctions/domain/requests/residentSteps';
import type { ResidentRequest } from '../../cloudfunctions/domain/requests/ResidentRequest';
import { DAY_MS } from '../../cloudfunctions/domain/calendar/workCalendar';
import { chinaDate } from '../../cloudfunctions/domain/shared/chinaTime';
import { demoCategories } from '../../localcloud/seed/demoCatalog';
import { DEMO_GRIDS } from '../../localcloud/seed/demoPlaces';
import { demoRoutingContext, demoWorkCalendar } from '../../localcloud/seed/demoRequests';
import { demoUsers } from '../../localcloud/seed/demoUsers';
import { buildFunctions } from '../../scripts/build-functions';
import { actionExamples } from '../../tests/support/actionExamples';
import { startTestCloud, type TestCloud } from '../../tests/support/testCloud';
import type { BenchSection } from '../BenchSection';

const TOTAL = Number(process.env.BENCH_SWEEP_TOTAL ?? 100_000);
const OVERDUE = 1_000;

/** Steps on an existing request (everything but filing, reading and following). */
const TRANSITIONS = [
  'accept',
  'addNote',
  'resolve',
  'escalate',
  'suspend',
  'resume',
  'reject',
  'rate',
  'notSolved',
  'recategorize',
] as const;

async function dbActionsOf(test: TestCloud, caller: string, action: string, payload: unknown): Promise<number> {
  const { body, dbActions } = await test.raw(caller, 'requests', { action, payload });
  if (!(body as { ok?: boolean }).ok) throw new Error(`requests.${action} failed: ${JSON.stringify(body)}`);
  return dbActions;
}

export type BenchState = 'assigned' | 'accepted' | 'resolved' | 'closed';

/** A request filed in a demo grid and category, taken to `state` through the domain (also the county data set's model). */
export function template(
  grid: (typeof DEMO_GRIDS)[keyof typeof DEMO_GRIDS],
  categoryIndex: number,
  state: BenchState,
  filedAt: Date,
): ResidentRequest {
  const category = demoCategories[categoryIndex];
  const resident = demoUsers.find((u) => u.homeGridId === grid._id && u.roles.length === 1) ?? demoUsers[0];
  let request = fileRequest(
    {
      id: 'template',
      code: 'QS00000000',
      clientKey: `bench-${grid._id}-${category._id}-${state}`,
      now: filedAt,
      filer: resident,
      resident: { id: resident._id, name: resident.name, phone: resident.phone, phoneVerified: true, household: null },
      proxy: false,
      placeIds: [...grid.ancestorIds, grid._id],
      category: { id: category._id, name: category.name, timeLimitDays: category.timeLimitDays },
      text: `${category.name}：路灯、自来水、垃圾清运、邻里纠纷之类的日常小事，请网格员帮忙看看。`,
      photos: [],
      location: null,
      publicName: categoryIndex % 3 === 0,
    },
    demoRoutingContext(grid._id, category._id, []),
    demoWorkCalendar,
  ).request;
  if (state === 'assigned' || !request.handler) return request;
  const handler = demoUsers.find((u) => u._id === request.handler!.id)!;
  const at = (hours: number) => new Date(filedAt.getTime() + hours * 3_600_000);
  request = applyChange(request, acceptRequest(request, { actor: actorFor(handler, request), now: at(2), opId: 'bench-accept' }));
  if (state === 'accepted') return request;
  request = applyChange(
    request,
    resolveRequest(request, { actor: actorFor(handler, request), now: at(20), opId: 'bench-resolve' }, { text: '已办结', photos: [] }),
  );
  if (state === 'resolved') return request;
  return applyChange(
    request,
    rateRequest(request, { actor: actorFor(resident, request), now: at(30), opId: 'bench-rate' }, { stars: 5, comment: null }),
  );
}

/**
 * 100,000 requests in every state, of which 1,000 are past their deadline
 * (filed 20 days ago, still assigned or accepted at the grid); of the rest
 * 30% are open with deadlines ahead, 10% resolved this week (awaiting a
 * rating, not yet due), 60% closed. Each is a copy of one of a few hundred
 * requests built through the domain, with its own id and times. Inserted
 * straight into the store; only the sweep goes through the function.
 */
export function sweepDataset(now: Date): Doc[] {
  const grids = Object.values(DEMO_GRIDS);
  const cache = new Map<string, ResidentRequest>();
  const recent = new Date(now.getTime() - 3_600_000);
  const old = new Date(now.getTime() - 20 * DAY_MS);
  const made = (i: number, state: BenchState, filedAt: Date) => {
    const g = i % grids.length;
    const c = i % demoCategories.length;
    const cacheKey = `${g}:${c}:${state}:${filedAt.getTime()}`;
    let base = cache.get(cacheKey);
    if (!base) cache.set(cacheKey, (base = template(grids[g], c, state, filedAt)));
    const shift = -(i % 500) * 60_000;
    const move = (d: Date | null) => (d ? new Date(d.getTime() + shift) : null);
    return {
      ...base,
      _id: `bench-${i}`,
      code: `QS${i.toString(36).toUpperCase().padStart(8, '0')}`,
      createdAt: move(base.createdAt),
      updatedAt: move(base.updatedAt),
      deadline: move(base.deadline),
      sweepAt: move(base.sweepAt),
    } as unknown as Doc;
  };
  const docs: Doc[] = [];
  for (let i = 0; i < TOTAL; i += 1) {
    if (i < OVERDUE) docs.push(made(i, i % 2 ? 'accepted' : 'assigned', old));
    else if (i % 10 < 3) docs.push(made(i, i % 10 === 0 ? 'assigned' : 'accepted', recent));
    else if (i % 10 === 3) docs.push(made(i, 'resolved', new Date(now.getTime() - 2 * DAY_MS)));
    else docs.push(made(i, 'closed', new Date(now.getTime() - 60 * DAY_MS)));
  }
  return docs;
}

/**
 * The sweep's data set with departments present (限期解决): one in ten of
 * the open requests with a deadline ahead is held by 县民政局 (not due), and
 * one in ten of the overdue ones is a department's past its deadline (due:
 * flagged for 督办, not escalated). The count of what is due is unchanged.
 */
export function withDepartments(docs: Doc[]): Doc[] {
  const township = { id: 't-liangquan', name: '凉泉乡' };
  return docs.map((doc, i) => {
    const request = doc as unknown as ResidentRequest;
    const open = request.state === 'assigned' || request.state === 'accepted';
    if (!open || i % 10 !== (i < OVERDUE ? 0 : 1) || !request.deadline) return doc;
    const department = {
      id: 'dep-county-minzheng',
      name: '县民政局',
      placeId: 'c-wangjiang',
      workdays: 5,
      deadline: request.deadline,
      note: '请限期解决',
      assignedBy: { id: 'demo-staff-township', name: '黄文斌', role: 'staff' as const, title: '乡党委副书记' },
      assignedAt: request.createdAt,
      overdue: false,
    };
    const held: ResidentRequest = {
      ...request,
      state: 'assigned',
      level: 'township',
      levelNode: township,
      handler: null,
      openHandlerId: null,
      department,
      openDepartmentId: department.id,
    };
    return held as unknown as Doc;
  });
}

/**
 * The county level: one in ten of the overdue (not a department's) sits at
 * the township with its first responsible person (黄文斌), so the sweep takes
 * it up to the county. The count of what is due is unchanged.
 */
export function withTownshipLevel(docs: Doc[]): Doc[] {
  const township = { id: 't-liangquan', name: '凉泉乡' };
  const head = { id: 'demo-staff-township', name: '黄文斌', title: '乡党委副书记' };
  return docs.map((doc, i) => {
    const request = doc as unknown as ResidentRequest;
    if (i >= OVERDUE || i % 10 !== 5 || request.openDepartmentId) return doc;
    const atTownship: ResidentRequest = {
      ...request,
      state: 'escalated',
      level: 'township',
      levelNode: township,
      handler: head,
      openHandlerId: head.id,
    };
    return atTownship as unknown as Doc;
  });
}

/**
 * 纳入规划 among the closed requests: one in a hundred of all requests is a
 * closed plan whose date lies 90 days ahead (its `sweepAt`: not due), and
 * one in a thousand one whose date came an hour ago (due: reopened for
 * follow-up with its planner).
 */
export function withPlans(docs: Doc[], now: Date): Doc[] {
  return docs.map((doc, i) => {
    const request = doc as unknown as ResidentRequest;
    if (request.state !== 'closed' || !request.resolution || i % 100 !== 5) return doc;
    const dueAt = new Date(now.getTime() + (i % 1000 === 5 ? -3_600_000 : 90 * DAY_MS));
    const targetDate = chinaDate(dueAt);
    const plan = { text: '列入村道硬化计划', targetDate, dueAt, by: request.resolution.by, at: request.resolution.at, reopenedAt: null };
    const planned: ResidentRequest = {
      ...request,
      resolution: { ...request.resolution, kind: 'planned' },
      plan,
      planDueAt: dueAt,
      sweepAt: dueAt,
    };
    return planned as unknown as Doc;
  });
}

/**
 * Database actions per submit (target: at most 3, the caller's read
 * included) and the most any step on an existing request costs, on the demo data.
 */
export const requestsBench: BenchSection = {
  title: 'requests: database actions per submit and per step',
  async run() {
    await buildFunctions();
    const figures: Record<string, number> = {};
    const demo = await startTestCloud();
    try {
      const submit = actionExamples.requests.submit;
      figures['requests.dbActionsPerSubmit'] = await dbActionsOf(demo, submit.caller, 'submit', {
        ...submit.payload,
        clientKey: 'bench-submit-0001',
      });
      figures['requests.dbActionsPerSubmitRetry'] = await dbActionsOf(demo, submit.caller, 'submit', {
        ...submit.payload,
        clientKey: 'bench-submit-0001',
      });
      // A resident's first filing with a typed number: the number is checked against verified ones and the profile keeps the answer.
      await demo.call('bench-first-filer', 'users', 'chooseGrid', { gridId: 'g-hubin-1' });
      figures['requests.dbActionsPerFirstSubmit'] = await dbActionsOf(demo, 'bench-first-filer', 'submit', {
        ...submit.payload,
        clientKey: 'bench-first-0001',
        contactName: '何大姐',
        contactPhone: '13905568888',
      });
      const perStep: number[] = [];
      for (const action of TRANSITIONS) {
        const example = actionExamples.requests[action];
        perStep.push(await dbActionsOf(demo, example.caller, action, example.payload));
      }
      figures['requests.dbActionsPerTransition'] = Math.max(...perStep);
      return figures;
    } finally {
      await demo.close();
    }
  },
};

/**
 * The timer's sweep over 100,000 requests of which 1,000 are overdue: its
 * wall time, its database actions, and the documents it read (counted at the
 * store, not reported by the function; target: at most twice the overdue).
 */
export const sweepBench: BenchSection = {
  title:
    'sweep: escalating the overdue among 100,000 requests, some held by departments, some at the township (→ county), some plans (纳入规划) due',
  async run() {
    await buildFunctions();
    const figures: Record<string, number> = {};
    const test = await startTestCloud();
    try {
      const store = test.cloud.store;
      store.documents.remove('requests', {}, true);
      const now = new Date();
      const started = Date.now();
      const dataset = withPlans(withTownshipLevel(withDepartments(sweepDataset(now))), now);
      store.insertMany('requests', dataset);
      console.error(`seeded ${TOTAL.toLocaleString('en-US')} requests in ${Date.now() - started} ms`);

      const documents = store.documents;
      const find = documents.find.bind(documents);
      let docsRead = 0;
      documents.find = (...args: Parameters<typeof find>) => {
        const docs = find(...args);
        docsRead += docs.length;
        return docs;
      };
      const t0 = process.hrtime.bigint();
      const { result, dbActions } = await test.cloud.fireTimer('requests', 'sweep');
      const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
      documents.find = find;
      const stats = (
        result as {
          ok: boolean;
          data: { pages: number; due: number; escalated: number; supervised: number; plansReopened: number; finished: boolean };
        }
      ).data;
      if (!stats?.finished) throw new Error(`sweep did not finish: ${JSON.stringify(result)}`);

      figures['sweep.requests'] = store.count('requests');
      figures['sweep.overdue'] = stats.due;
      figures['sweep.escalated'] = stats.escalated;
      figures['sweep.departmentHeld'] = dataset.filter((doc) => (doc as { openDepartmentId?: string }).openDepartmentId).length;
      figures['sweep.supervised'] = stats.supervised;
      figures['sweep.atTownship'] = dataset.filter((doc) => (doc as { level?: string }).level === 'township').length;
      figures['sweep.toCounty'] = store.count('requests', { level: 'county' });
      figures['sweep.plansOutstanding'] = dataset.filter((doc) => (doc as { planDueAt?: Date }).planDueAt).length;
      figures['sweep.plansReopened'] = stats.plansReopened;
      figures['sweep.docsRead'] = docsRead;
      figures['sweep.pages'] = stats.pages;
      figures['sweep.dbActions'] = dbActions;
      figures['sweep.dbActionsPerPage'] = Math.round(((dbActions - 1) / stats.pages) * 10) / 10;
      figures['sweep.wallMs'] = Math.round(wallMs);
      return figures;
    } finally {
      await test.close();
    }
  },
};
