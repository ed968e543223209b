import type { Doc } from '../../localcloud';
import type { JurisdictionNode } from '../../cloudfunctions/domain/jurisdiction/JurisdictionNode';
import type { User } from '../../cloudfunctions/domain/people/User';
import { dueFields } from '../../cloudfunctions/domain/visits/dueDate';
import { newHousehold } from '../../cloudfunctions/domain/visits/householdRecord';
import { defaultVisitRules, DEFAULT_TAGS } from '../../cloudfunctions/domain/visits/VisitRules';
import { buildFunctions } from '../../scripts/build-functions';
import { startTestCloud, type TestCloud } from '../../tests/support/testCloud';
import type { BenchSection } from '../BenchSection';

const TOWNSHIPS = 15;
const VILLAGES_PER_TOWNSHIP = 10;
const GRIDS_PER_VILLAGE = 20;
const HOUSEHOLDS_PER_GRID = Number(process.env.BENCH_HOUSEHOLDS_PER_GRID ?? 34);
const DAY = 24 * 3_600_000;
export const COUNTY = 'c-bench';

const pad = (n: number) => String(n).padStart(2, '0');
const node = (
  _id: string,
  level: JurisdictionNode['level'],
  name: string,
  parent: JurisdictionNode | null,
  order: number,
): JurisdictionNode => ({
  _id,
  level,
  name,
  parentId: parent?._id ?? null,
  ancestorIds: parent ? [...parent.ancestorIds, parent._id] : [],
  order,
});

/** A county of 3,000 grids (15 townships × 10 villages × 20 grids). */
export function benchPlaces(): { nodes: JurisdictionNode[]; grids: JurisdictionNode[] } {
  const county = node(COUNTY, 'county', '测试县', null, 1);
  const nodes = [county];
  const grids: JurisdictionNode[] = [];
  for (let t = 1; t <= TOWNSHIPS; t += 1) {
    const township = node(`t-bench-${pad(t)}`, 'township', `第${t}乡`, county, t);
    nodes.push(township);
    for (let v = 1; v <= VILLAGES_PER_TOWNSHIP; v += 1) {
      const village = node(`v-bench-${pad(t)}-${pad(v)}`, 'village', `${t}乡${v}村`, township, v);
      nodes.push(village);
      for (let g = 1; g <= GRIDS_PER_VILLAGE; g += 1) {
        const grid = node(`g-bench-${pad(t)}-${pad(v)}-${pad(g)}`, 'grid', `第${g}网格`, village, g);
        nodes.push(grid);
        grids.push(grid);
      }
    }
  }
  return { nodes, grids };
}

export function person(_id: string, name: string, fields: Partial<User>): User {
  return {
    _id,
    name,
    phone: '',
    roles: ['resident'],
    homeGridId: null,
    householdTags: [],
    gridDuties: [],
    nodeDuties: [],
    staffScopeId: null,
    elderMode: false,
    createdAt: new Date(0),
    ...fields,
  };
}

/**
 * A household per slot: 40 % tagged (one or two of the county's tags),
 * visited at some point in the last 120 days, or (one in four) never.
 * Deterministic, built through the domain as the function writes it.
 */
export function benchHouseholds(grids: JurisdictionNode[], keeper: User, now: Date): Doc[] {
  const rules = defaultVisitRules(COUNTY);
  const recordedAt = new Date(now.getTime() - 200 * DAY);
  const docs: Doc[] = [];
  let i = 0;
  for (const grid of grids) {
    const placeIds = [...grid.ancestorIds, grid._id];
    for (let h = 0; h < HOUSEHOLDS_PER_GRID; h += 1, i += 1) {
      const tagged = i % 5 < 2;
      const tags = tagged ? [...new Set([DEFAULT_TAGS[i % 11].id, DEFAULT_TAGS[(i * 7) % 11].id])].slice(0, 1 + (i % 2)) : [];
      const record = newHousehold({
        id: `hh-bench-${i}`,
        input: {
          gridId: grid._id,
          group: `${h % 6}组`,
          address: `${h + 1}号`,
          members: [{ name: `户主${i}`, relation: 'head', ageBand: 'age60to79', phone: '', phoneVerified: false, userId: null }],
          tags,
          needs: '',
        },
        placeIds,
        by: keeper,
        now: recordedAt,
        opId: `bench-${i}`,
        rules,
      });
      const lastVisitAt = i % 4 === 0 ? null : new Date(now.getTime() - ((i * 37) % 120) * DAY - 3_600_000);
      docs.push({ ...record, lastVisitAt, ...dueFields({ ...record, lastVisitAt }, rules) } as unknown as Doc);
    }
  }
  return docs;
}

async function timed(test: TestCloud, caller: string, payload: Record<string, unknown>) {
  const started = process.hrtime.bigint();
  const { body, dbActions, dbExamined, dbReturned } = await test.raw(caller, 'visits', { action: 'needsVisit', payload });
  const wallMs = Math.round(Number(process.hrtime.bigint() - started) / 1e6);
  const result = body as { ok: boolean; data?: { items: unknown[]; next: string | null } };
  if (!result.ok || !result.data) throw new Error(`visits.needsVisit failed: ${JSON.stringify(body)}`);
  return { wallMs, dbActions, listed: result.data.items.length, examined: dbExamined, returned: dbReturned };
}

/**
 * 民情走访 at county scale: 102,000 households in 3,000 grids, one grid
 * member each; the first page of a township's "needs a visit" list as its
 * staff open it (target: within 2 s), and the county's.
 */
export const visitsBench: BenchSection = {
  title: 'visits: who needs a visit among 100,000 households',
  async run() {
    await buildFunctions();
    const figures: Record<string, number> = {};
    const test = await startTestCloud();
    try {
      const now = new Date();
      const { nodes, grids } = benchPlaces();
      const members = grids.map((grid, i) =>
        person(`bench-gm-${i}`, `网格员${i}`, {
          roles: ['resident', 'gridMember'],
          homeGridId: grid._id,
          gridDuties: [{ gridId: grid._id, title: '网格长', categoryIds: [], firstResponsible: true }],
        }),
      );
      const township = person('bench-staff-township', '乡镇干部', { roles: ['staff'], staffScopeId: 't-bench-01' });
      const county = person('bench-staff-county', '县干部', { roles: ['staff'], staffScopeId: COUNTY });
      const store = test.cloud.store;
      store.insertMany('nodes', nodes as unknown as Doc[]);
      store.insertMany('users', [...members, township, county] as unknown as Doc[]);
      const households = benchHouseholds(grids, members[0], now);
      store.insertMany('households', households);
      figures['visits.households'] = households.length;
      figures['visits.grids'] = grids.length;
      const dueIn = (placeId: string) =>
        households.filter(
          (h) => (h.placeIds as string[]).includes(placeId) && h.dueAt !== null && (h.dueAt as Date).getTime() <= now.getTime(),
        ).length;
      figures['visits.dueInTownship'] = dueIn('t-bench-01');

      await timed(test, 'bench-staff-county', { placeId: 't-bench-02' }); // a warm instance, as in use
      const first = await timed(test, 'bench-staff-township', { placeId: 't-bench-01' });
      figures['visits.needsVisitMs'] = first.wallMs;
      figures['visits.needsVisitDbActions'] = first.dbActions;
      figures['visits.needsVisitReturned'] = first.listed;
      // What the database examined for the whole call (the households, their cadres, places and rules) against what it returned.
      figures['scan.visits.needsVisitTownship.examined'] = first.examined;
      figures['scan.visits.needsVisitTownship.returned'] = first.returned;
      const wide = await timed(test, 'bench-staff-county', { placeId: COUNTY });
      figures['visits.needsVisitCountyMs'] = wide.wallMs;
      figures['scan.visits.needsVisitCounty.examined'] = wide.examined;
      figures['scan.visits.needsVisitCounty.returned'] = wide.returned;
      figures['visits.dueInCounty'] = dueIn(COUNTY);
      return figures;
    } finally {
      await test.close();
    }
  },
};
