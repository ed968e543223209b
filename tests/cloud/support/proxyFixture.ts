import type { Doc } from '../../../localcloud';
import { WEEKENDS_ONLY } from '../../../cloudfunctions/domain/calendar/workCalendar';
import { concludeCase, handBackCase, sendCase, type ProxyStep } from '../../../cloudfunctions/domain/proxy/caseSteps';
import { openProxyCase } from '../../../cloudfunctions/domain/proxy/openProxyCase';
import type { ProxyCase } from '../../../cloudfunctions/domain/proxy/ProxyCase';
import { rateCase } from '../../../cloudfunctions/domain/proxy/residentSteps';
import { chinaDate } from '../../../cloudfunctions/domain/shared/chinaTime';
import { DEMO_GRIDS } from '../../../localcloud/seed/demoPlaces';
import { demoProxyData } from '../../../localcloud/seed/demoProxy';
import { demoUsers } from '../../../localcloud/seed/demoUsers';
import type { TestCloud } from '../../support/testCloud';

const HOUR = 3_600_000;
const ITEMS = demoProxyData(new Date()).items;
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
}

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
    },
    WEEKENDS_ONLY,
  );
  c = { ...c, agentId: spec.agent.id, agentName: spec.agent.name };
  if (spec.returnedAfterHours === undefined) return c;
  const at = (fraction: number) => new Date(openedAt.getTime() + spec.returnedAfterHours! * HOUR * fraction);
  const step = (opId: string, now: Date): ProxyStep => ({ actor: spec.agent, now, opId: `${opId}-${spec.id}`, version: c.version });
  c = sendCase(c, { office: c.item.office, sentOn: chinaDate(at(1 / 3)), note: '' }, step('send', at(1 / 3)), WEEKENDS_ONLY);
  c = concludeCase(c, { outcome: 'approved', reason: '' }, step('conclude', at(2 / 3)), WEEKENDS_ONLY);
  const signer = spec.witness
    ? { signer: 'witness' as const, witnessName: spec.witness }
    : { signer: 'resident' as const, witnessName: null };
  c = handBackCase(
    c,
    { items: '新身份证1张', ...signer, signature: `cloud://local/proxy/${spec.id}.png` },
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
