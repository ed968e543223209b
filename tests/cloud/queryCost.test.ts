/**
 * What each list and lookup action costs the database, in a county: the
 * demo data with a few thousand other people's requests, people and places
 * around it. The rule is about shape, not size: a read examines at most
 * twice what it returns plus a small constant, so a scan of a collection,
 * an `$or` without indexes, a sort in memory over a whole area or a deep
 * `skip` shows up here as it would at 100,000 (`npm run bench -- --only scan`).
 */
import { countyCalls, describeScan, exampleCalls, scanActions, scanViolations, type ScanResult } from '../support/scanActions';
import { loadCountyData } from '../support/countyData';
import { dataOf, startTestCloud, type TestCloud } from '../support/testCloud';
import type { InboxDto, ListCursorDto, MemberCursorDto, RequestSummaryDto } from '../../cloudfunctions/contract';
import { withinScanRule } from '../support/scanActions';

const TEST_SCALE = {
  townships: 3,
  villagesPerTownship: 4,
  gridsPerVillage: 5,
  users: 3000,
  requests: 4000,
  messages: 800,
  partyMembers: 400,
};

let test: TestCloud;
let results: ScanResult[];

beforeAll(async () => {
  test = await startTestCloud();
  loadCountyData(test.cloud.store, TEST_SCALE, new Date());
  results = await scanActions(test.cloud, [...exampleCalls(), ...countyCalls()]);
});

afterAll(async () => {
  await test.close();
});

it('every list and lookup action examines at most 2× what it returns + 20, as every caller, in each of its reads', () => {
  expect(results.filter((r) => !r.wrote).flatMap(scanViolations)).toEqual([]);
  // The county callers all read: none of them may be skipped as a write.
  expect(results.filter((r) => r.as && r.wrote).map(describeScan)).toEqual([]);
});

it("pages the county's members by name from where the last page ended: each once, in order, as many as counted", async () => {
  const names: string[] = [];
  const ids = new Set<string>();
  let after: MemberCursorDto | undefined;
  let total = -1;
  for (let page = 0; page < 100; page++) {
    const totals = dataOf(await test.call('demo-staff-county', 'posts', 'serviceTotals', after ? { after } : {}));
    total = totals.totalMembers;
    for (const member of totals.members) {
      names.push(member.name);
      ids.add(member.memberId);
    }
    if (!totals.next) break;
    after = totals.next;
  }
  expect(ids.size).toBe(total);
  expect(names).toHaveLength(total);
  expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
});

type InboxQuery = {
  view: 'mine' | 'area' | 'done';
  overdue?: boolean;
  categoryId?: string;
  gridId?: string;
  state?: RequestSummaryDto['state'];
};

/** Every page of a list, by its cursor, with what each page cost the database. */
async function allPages(caller: string, query: InboxQuery) {
  const items: RequestSummaryDto[] = [];
  const costs: Array<{ examined: number; returned: number }> = [];
  let after: ListCursorDto | undefined;
  let total = -1;
  for (let page = 0; page < 1000; page++) {
    const { result, dbExamined, dbReturned } = await test.cloud.invoke(
      'requests',
      { action: 'inbox', payload: after ? { ...query, after } : query },
      { openid: caller },
    );
    const data = dataOf(result as { ok: true; data: InboxDto });
    costs.push({ examined: dbExamined, returned: dbReturned });
    total = data.total;
    items.push(...data.items);
    if (!data.next) break;
    after = data.next;
  }
  return { items, costs, total };
}

describe("handlers' lists page by a cursor on their sort key", () => {
  it("a township's open list: each request once, most overdue first, as many as counted, every page as cheap as the first", async () => {
    const { items, costs, total } = await allPages('demo-staff-county', { view: 'area', gridId: 'g-n0-0-1' });
    const whole = await allPages('demo-staff-township', { view: 'area' });
    for (const list of [{ items, total }, whole]) {
      expect(new Set(list.items.map((i) => i.id)).size).toBe(list.total);
      expect(list.items).toHaveLength(list.total);
      const dated = list.items.filter((i) => i.deadline);
      // Everything with a deadline first, by deadline; then what has none.
      expect(list.items.slice(0, dated.length)).toEqual(dated);
      expect(dated.map((i) => i.deadline)).toEqual([...dated.map((i) => i.deadline)].sort());
    }
    expect(items.every((i) => i.gridId === 'g-n0-0-1')).toBe(true);
    expect(costs.length).toBeGreaterThan(1);
    expect(costs.filter((c) => !withinScanRule(c.examined, c.returned))).toEqual([]);
  });

  it("filters are the database's: overdue, a category, a state, a grid; the counts say how many match", async () => {
    // Ten days on, much of what is open is past its deadline.
    const later = 10 * 86_400_000;
    test.cloud.setClockOffset(later);
    const overdue = await allPages('demo-staff-county', { view: 'area', overdue: true, gridId: 'g-n0-1-2' });
    const open = await allPages('demo-staff-county', { view: 'area', gridId: 'g-n0-1-2' });
    test.cloud.setClockOffset(0);
    expect(overdue.items.length).toBeGreaterThan(0);
    expect(overdue.items.every((i) => i.countdown?.overdue && Date.parse(i.deadline!) < Date.now() + later)).toBe(true);
    expect(overdue.items.map((i) => i.id)).toEqual(open.items.filter((i) => i.countdown?.overdue).map((i) => i.id));
    const byCategory = await allPages('demo-staff-county', { view: 'done', categoryId: 'environment', gridId: 'g-n0-1-2' });
    expect(byCategory.items.length).toBeGreaterThan(0);
    expect(byCategory.items.every((i) => i.categoryId === 'environment' && ['closed', 'rejected'].includes(i.state))).toBe(true);
    const updated = byCategory.items.map((i) => i.updatedAt);
    expect(updated).toEqual([...updated].sort().reverse());
    const resolved = await allPages('demo-staff-county', { view: 'area', state: 'resolved', gridId: 'g-n0-1-2' });
    expect(resolved.items.every((i) => i.state === 'resolved')).toBe(true);
    for (const list of [overdue, byCategory, resolved]) {
      expect(list.items).toHaveLength(list.total);
      expect(list.costs.filter((c) => !withinScanRule(c.examined, c.returned))).toEqual([]);
    }
    // A grid outside the caller's jurisdiction lists nothing.
    const elsewhere = dataOf(await test.call('demo-grid-wang', 'requests', 'inbox', { view: 'area', gridId: 'g-n0-1-2' }));
    expect(elsewhere).toMatchObject({ items: [], total: 0, next: null });
  });
});
