import type { DbActionCost } from '../../localcloud';
import type { ProxyAgentsDto } from '../../cloudfunctions/contract';
import { buildFunctions } from '../../scripts/build-functions';
import { buildCase, type CaseSpec } from '../../tests/cloud/support/proxyFixture';
import { startTestCloud } from '../../tests/support/testCloud';
import type { BenchSection } from '../BenchSection';

const AGENTS = Number(process.env.BENCH_PROXY_AGENTS ?? 300);
/**
 * A county's month: 20,000 代办件. Each page's two grouped reads must answer
 * inside the SDK's request timeout, the anchor printed beside the page time
 * (`@cloudbase/node-sdk` 3.17.2, `tcbapirequester.ts` `defaultTimeout`,
 * which wx-server-sdk 4.0.2 keeps), as MongoDB under WeChat cloud would.
 */
const CASES = Number(process.env.BENCH_PROXY_CASES ?? 20_000);
const SDK_TIMEOUT_MS = 15_000;
const GRIDS = ['hubin1', 'hubin2', 'hubin3', 'taihua1', 'taihua2', 'taihua3'] as const;
/** March 2025: the period county staff look at; February's cases are there to be left alone. */
const MARCH = { kind: 'month' as const, year: 2025, number: 3 };

/** `count` cases of `month` (2025), spread over the agents, most handed back, some rated. */
function casesOf(month: string, count: number, prefix: string): CaseSpec[] {
  return [...Array(count).keys()].map((i) => {
    const agent = i % AGENTS;
    const day = String(1 + (i % 27)).padStart(2, '0');
    return {
      id: `${prefix}${String(i).padStart(6, '0')}`,
      agent: { id: `bench-agent-${String(agent).padStart(4, '0')}`, name: `代办员${agent}` },
      grid: GRIDS[agent % GRIDS.length],
      opened: `2025-${month}-${day}T09:00:00`,
      returnedAfterHours: i % 7 === 0 ? undefined : i % 11 === 0 ? 24 * 30 : 3,
      stars: i % 3 === 0 ? 1 + (i % 5) : undefined,
    };
  });
}

const shippedCases = (costs: readonly DbActionCost[]) =>
  costs.filter((c) => c.action === 'get' && c.collection === 'proxyCases').reduce((sum, c) => sum + c.returned, 0);

/**
 * 代理代办 on the 工作台 at county scale: 300 agents with 20,000 cases in
 * March (and a quarter as many in February), county staff paging through the agents 30
 * at a time. Per page: the database actions, what the database examined,
 * the cases shipped to the function (read whole, not counted by the
 * database), and the wall time; the pages and the agents they listed.
 */
export const proxyAgentsBench: BenchSection = {
  title: `dashboard.proxyAgents: ${AGENTS} agents, ${CASES.toLocaleString('en-US')} cases in the month`,
  async run() {
    await buildFunctions();
    const test = await startTestCloud();
    try {
      const cases = [...casesOf('03', CASES, 'bm'), ...casesOf('02', Math.round(CASES / 4), 'bf')].map(buildCase);
      test.cloud.store.insertMany('proxyCases', cases);
      const pages: Array<{ dbActions: number; examined: number; shipped: number; wallMs: number }> = [];
      const listed = new Set<string>();
      for (let after: number | null = 0; after !== null;) {
        const started = process.hrtime.bigint();
        const { result, dbActions, dbExamined, dbCosts } = await test.cloud.invoke(
          'dashboard',
          { action: 'proxyAgents', payload: { ...MARCH, after } },
          { openid: 'demo-staff-county' },
        );
        const wallMs = Math.round(Number(process.hrtime.bigint() - started) / 1e6);
        const envelope = result as { ok: boolean; data?: ProxyAgentsDto };
        if (!envelope.ok || !envelope.data) throw new Error(`proxyAgents failed: ${JSON.stringify(result)}`);
        for (const row of envelope.data.items) listed.add(row.agentId);
        pages.push({ dbActions, examined: dbExamined, shipped: shippedCases(dbCosts), wallMs });
        after = envelope.data.next;
      }
      if (listed.size !== AGENTS) throw new Error(`listed ${listed.size} agents of ${AGENTS}`);
      const perPage = (pick: (page: (typeof pages)[number]) => number) =>
        Math.round(pages.reduce((sum, p) => sum + pick(p), 0) / pages.length);
      return {
        'proxyAgents.county.agents': listed.size,
        'proxyAgents.county.casesInMonth': CASES,
        'proxyAgents.county.pages': pages.length,
        'proxyAgents.county.dbActionsPerPage': perPage((p) => p.dbActions),
        'proxyAgents.county.examinedPerPage': perPage((p) => p.examined),
        'proxyAgents.county.casesShippedPerPage': perPage((p) => p.shipped),
        'proxyAgents.county.wallMsPerPage': perPage((p) => p.wallMs),
        // Every database request of a page is inside the page's wall time: the slowest page beside the SDK's timeout.
        'proxyAgents.county.slowestPageMs': Math.max(...pages.map((p) => p.wallMs)),
        'proxyAgents.county.sdkTimeoutMs': SDK_TIMEOUT_MS,
      };
    } finally {
      await test.close();
    }
  },
};
