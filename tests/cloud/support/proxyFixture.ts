import type { Doc } from '../../../localcloud';
import { WEEKENDS_ONLY } from '../../../cloudfunctions/domain/calendar/workCalendar';
import { concludeCase, handBackCase, sendCase, type ProxyStep } from '../../../cloudfunctions/domain/proxy/caseSteps';
import { openProxyCase } from '../../../cloudfunctions/domain/proxy/openProxyCase';
import type { ProxyCase } from '../../../cloudfunctions/domain/proxy/ProxyCase';
import { rateCase } from '../../../cloudfunctions/domain/proxy/residentSteps';
import { chinaDate } from '../../../cloudfunctions/domain/shared/chinaTime';
import { DEMO_GRIDS } from '../../../localcloud/seed/demoPlaces';
import { uploadSecret } from '../../../cloudfunctions/shared/uploadFolder';
import { demoProxyData } from '../../../localcloud/seed/demoProxy';
import { demoUsers } from '../../../localcloud/seed/demoUsers';
import type { TestCloud } from '../../support/testCloud';

const HOUR = 3_600_000;
const ITEMS = demoProxyData(new Date(), uploadSecret()).items;
/** Staff over the county may open a case in any grid: the cases are built as theirs, then given to the agent named. */
const OPENER = demoUsers.find((user) => user._id === 'demo-staff-county')!;
const RESIDENT = { id: 'demo-resident-wang', name: '王秀英', phone: '13905560101', household: '汪屋组12号 王家' };

export interface CaseSpec {
  id: string;
  agent: { id: string; name: string };
  grid: keyof typeof DEMO_GRIDS;
  /** China wall-clock time it was opened, `2025-01-06T09:00:00`. */
  opened: string;
  /** Hours after opening it was handed back (its other steps in between); absent: still at 送办. */
  returnedAfterHours?: number;
  stars?: number;
  /** Signed for by a witness (named) instead of the resident. */
  witness?: string;
  /** What was handed back; 新身份证1张 unless said. */
  returnedItems?: string;
}

/** The agents' upload folder in these fixtures (the domain refuses files outside the acting agent's). */
const FIXTURE_UPLOADS = 'proxy/fixture/';

/** A 代办件 taken through the domain's own steps, as the proxy function would have stored it. */
export function buildCase(spec: CaseSpec): ProxyCase {
  const openedAt = new Date(`${spec.opened}+08:00`);
  const item = ITEMS.find((candidate) => candidate._id === 'pi-idcard')!;
  const grid = DEMO_GRIDS[spec.grid];
  let c = openProxyCase(
    {
      id: spec.id,
      code: `DB${spec.id.toUpperCase()}`,
      clientKey: `fixture-${spec.id}`,
      now: openedAt,
      agent: OPENER,
      item,
      gridId: grid._id,
      placeIds: [...grid.ancestorIds, grid._id],
      resident: RESIDENT,
      checked: item.materials,
      photos: [],
      uploads: FIXTURE_UPLOADS,
    },
    WEEKENDS_ONLY,
  );
  c = { ...c, agentId: spec.agent.id, agentName: spec.agent.name };
  if (spec.returnedAfterHours === undefined) return c;
  const at = (fraction: number) => new Date(openedAt.getTime() + spec.returnedAfterHours! * HOUR * fraction);
  const step = (opId: string, now: Date): ProxyStep => ({
    // The fixture's agent acts with the opener's standing, which serves every fixture grid.
    actor: { ...spec.agent, roles: OPENER.roles, gridDuties: OPENER.gridDuties, staffScopeId: OPENER.staffScopeId },
    now,
    opId: `${opId}-${spec.id}`,
    version: c.version,
    uploads: FIXTURE_UPLOADS,
  });
  c = sendCase(c, { office: c.item.office, sentOn: chinaDate(at(1 / 3)), note: '' }, step('send', at(1 / 3)), WEEKENDS_ONLY);
  c = concludeCase(c, { outcome: 'approved', reason: '' }, step('conclude', at(2 / 3)), WEEKENDS_ONLY);
  const signer = spec.witness
    ? { signer: 'witness' as const, witnessName: spec.witness }
    : { signer: 'resident' as const, witnessName: null };
  c = handBackCase(
    c,
    { items: spec.returnedItems ?? '新身份证1张', ...signer, signature: `cloud://local/${FIXTURE_UPLOADS}${spec.id}.png` },
    step('back', at(1)),
    WEEKENDS_ONLY,
  );
  if (spec.stars === undefined) return c;
  return rateCase(
    c,
    demoUsers.find((user) => user._id === RESIDENT.id)!,
    { stars: spec.stars, comment: '办得快', opId: `rate-${spec.id}` },
    at(1.1),
  );
}

export function insertCases(test: TestCloud, specs: CaseSpec[]): ProxyCase[] {
  const cases = specs.map(buildCase);
  test.cloud.store.insertMany('proxyCases', cases as unknown as Doc[]);
  return cases;
}

/** A long list of what was handed back: the ledger keeps it whole. */
export const LONG_RETURN = `新身份证1张；${'原户口簿、照片回执、申请表复印件、'.repeat(12)}以上材料原件全部交还本人家属`;

export const WANG = { id: 'demo-grid-wang', name: '汪德华' }; // 湖滨村 第一网格
export const GUO = { id: 'demo-grid-guo', name: '郭长林' }; // 湖滨村 第二网格
export const CHEN = { id: 'demo-grid-chen', name: '陈国平' }; // 太华村 第一网格
export const HUANG = { id: 'demo-staff-township', name: '黄文斌' }; // 凉泉乡 staff, an agent too

/** 凉泉乡's agents around January 2025, where the demo data has no 代办件 (worked out by hand in the tests that use it). */
export const JANUARY_2025_CASES: CaseSpec[] = [
  // 汪德华: three opened in January, two handed back on time and rated 5 and 4, one handed back late in February;
  // one opened in December and handed back late in January.
  { id: 'fa1', agent: WANG, grid: 'hubin1', opened: '2025-01-06T09:00:00', returnedAfterHours: 3, stars: 5 },
  { id: 'fa2', agent: WANG, grid: 'hubin1', opened: '2025-01-07T09:00:00', returnedAfterHours: 3, stars: 4 },
  { id: 'fa3', agent: WANG, grid: 'hubin1', opened: '2025-01-13T09:00:00', returnedAfterHours: 24 * 30 },
  { id: 'fa4', agent: WANG, grid: 'hubin1', opened: '2024-12-20T09:00:00', returnedAfterHours: 24 * 20 },
  // 郭长林: one opened in January, not yet handed back.
  { id: 'fb1', agent: GUO, grid: 'hubin2', opened: '2025-01-08T09:00:00' },
  // 陈国平 (太华村): two on time, one rated 3.
  { id: 'fc1', agent: CHEN, grid: 'taihua1', opened: '2025-01-09T09:00:00', returnedAfterHours: 3, stars: 3 },
  {
    id: 'fc2',
    agent: CHEN,
    grid: 'taihua1',
    opened: '2025-01-10T09:00:00',
    returnedAfterHours: 3,
    witness: '陈大伯',
    returnedItems: LONG_RETURN,
  },
  // 黄文斌 in 太华村 第二网格: one on time.
  { id: 'fd1', agent: HUANG, grid: 'taihua2', opened: '2025-01-14T09:00:00', returnedAfterHours: 3 },
  // Outside January: 汪德华 in February.
  { id: 'fa5', agent: WANG, grid: 'hubin1', opened: '2025-02-03T09:00:00', returnedAfterHours: 3, stars: 1 },
];
