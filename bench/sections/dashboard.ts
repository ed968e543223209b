import { chinaMonth, monthsBack } from '../../cloudfunctions/domain/dashboard/chinaMonth';
import { buildFunctions } from '../../scripts/build-functions';
import { startTestCloud } from '../../tests/support/testCloud';
import type { BenchSection } from '../BenchSection';
import { sweepDataset } from './requests';

/**
 * The dashboard over a county-sized set: the sweep benchmark's 100,000
 * requests (1,000 overdue), the figures built once by the timer as in
 * production, then one view by county staff over the last twelve months:
 * its wall time and database actions (target: within 2 s). Also the
 * timer's first full build and a later run.
 */
export const dashboardBench: BenchSection = {
  title: 'dashboard: one view over 100,000 requests',
  async run() {
    await buildFunctions();
    const figures: Record<string, number> = {};
    const test = await startTestCloud();
    try {
      const store = test.cloud.store;
      store.documents.remove('requests', {}, true);
      const now = new Date();
      store.insertMany('requests', sweepDataset(now));
      figures['dashboard.requests'] = store.count('requests');

      const t0 = Date.now();
      const built = await test.cloud.fireTimer('dashboard', 'refreshStats');
      figures['dashboard.buildMs'] = Date.now() - t0;
      figures['dashboard.buildDbActions'] = built.dbActions;
      const buckets = (built.result as { data?: { buckets?: number } }).data?.buckets ?? NaN;
      figures['dashboard.buckets'] = buckets;

      const month = chinaMonth(now);
      const payload = { from: monthsBack(month, 11), to: month };
      const view = async () => {
        const started = process.hrtime.bigint();
        const { body, dbActions } = await test.raw('demo-staff-county', 'dashboard', { action: 'overview', payload });
        const wallMs = Math.round(Number(process.hrtime.bigint() - started) / 1e6);
        const result = body as { ok: boolean; data?: { requests: { total: number }; overdue: unknown[] } };
        if (!result.ok || !result.data) throw new Error(`dashboard.overview failed: ${JSON.stringify(body)}`);
        return { wallMs, dbActions, data: result.data };
      };
      const first = await view();
      if (first.data.requests.total < figures['dashboard.requests']) {
        throw new Error(`dashboard counted ${first.data.requests.total} of ${figures['dashboard.requests']} requests`);
      }
      figures['dashboard.wallMs'] = first.wallMs;
      figures['dashboard.dbActions'] = first.dbActions;
      figures['dashboard.overdueListed'] = first.data.overdue.length;

      // The timer's next run rebuilds only the buckets with changes (here the bench data's recent
      // requests carry updatedAt stamps up to two hours ahead, so their buckets count as changed).
      const t1 = Date.now();
      const refreshed = await test.cloud.fireTimer('dashboard', 'refreshStats');
      figures['dashboard.refreshMs'] = Date.now() - t1;
      figures['dashboard.refreshDbActions'] = refreshed.dbActions;
      return figures;
    } finally {
      await test.close();
    }
  },
};
