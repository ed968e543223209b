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
import type { MemberCursorDto } from '../../cloudfunctions/contract';

const TEST_SCALE = { townships: 3, villagesPerTownship: 4, gridsPerVillage: 5, users: 3000, requests: 4000, messages: 800, partyMembers: 400 };

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

it('pages the county\'s members by name from where the last page ended: each once, in order, as many as counted', async () => {
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
