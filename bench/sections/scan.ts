import { buildFunctions } from '../../scripts/build-functions';
import { COUNTY_SCALE, loadCountyData } from '../../tests/support/countyData';
import {
  countyCalls,
  describeScan,
  exampleCalls,
  scanActions,
  scanViolations,
  SCAN_CONSTANT,
  SCAN_FACTOR,
  type ScanResult,
} from '../../tests/support/scanActions';
import { startTestCloud } from '../../tests/support/testCloud';
import type { BenchSection } from '../BenchSection';

/** How far a call is over the rule (negative: within it). */
function excess(r: ScanResult): number {
  return r.examined - (SCAN_FACTOR * r.returned + SCAN_CONSTANT);
}

/** Which of two calls of one action to report: one over the rule, else the one that read most. */
function worse(a: ScanResult, b: ScanResult): ScanResult {
  if (excess(a) > 0 !== excess(b) > 0) return excess(a) > 0 ? a : b;
  if (excess(a) > 0) return excess(a) >= excess(b) ? a : b;
  return a.examined >= b.examined ? a : b;
}

/**
 * What every list and lookup action costs the database in a county of
 * 100,000 requests and 100,000 people over ~3,000 grids (the demo data
 * inside it): documents examined and returned, for each action's example
 * caller and the county-wide callers (county and township staff, the
 * administrator, people elsewhere): per action the call over the rule if
 * any, else the one that read most. The rule (`scan.rule.*`): examined ≤
 * 2 × returned + 20, for each call and each of its reads; `scan.overRule`
 * counts the breaches.
 * Actions that write are left out (`scan.writesSkipped`).
 */
export const scanBench: BenchSection = {
  title: 'scan: documents examined and returned per list or lookup action, county scale',
  async run() {
    await buildFunctions();
    const test = await startTestCloud();
    try {
      const started = Date.now();
      const data = loadCountyData(test.cloud.store, COUNTY_SCALE, new Date());
      console.error(
        `loaded ${data.nodes.length} places, ${data.users.length} people, ${data.requests.length} requests in ${Date.now() - started} ms`,
      );
      const figures: Record<string, number> = {
        'scan.grids': test.cloud.store.count('nodes', { level: 'grid' }),
        'scan.users': test.cloud.store.count('users'),
        'scan.requests': test.cloud.store.count('requests'),
        'scan.rule.factor': SCAN_FACTOR,
        'scan.rule.constant': SCAN_CONSTANT,
      };
      const results = await scanActions(test.cloud, [...exampleCalls(), ...countyCalls()]);
      const worst = new Map<string, ScanResult>();
      for (const r of results.filter((x) => !x.wrote)) {
        const key = `${r.fn}.${r.action}`;
        const held = worst.get(key);
        worst.set(key, held ? worse(held, r) : r);
      }
      for (const [key, r] of worst) {
        figures[`scan.${key}.examined`] = r.examined;
        figures[`scan.${key}.returned`] = r.returned;
        console.error(describeScan(r));
      }
      figures['scan.actions'] = worst.size;
      const violations = results.filter((r) => !r.wrote).flatMap(scanViolations);
      for (const v of violations) console.error(`OVER THE RULE: ${v}`);
      figures['scan.overRule'] = violations.length;
      figures['scan.writesSkipped'] = new Set(results.filter((r) => r.wrote).map((r) => `${r.fn}.${r.action}`)).size;
      return figures;
    } finally {
      await test.close();
    }
  },
};
