import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Doc } from '../../localcloud';
import { DEMO_GRIDS } from '../../localcloud/seed/demoPlaces';
import { dataOf, startTestCloud, type TestCloud } from '../support/testCloud';
import { filedRequest } from './support/filedRequest';

/**
 * The timer that keeps the dashboard's figures (`refreshStats`), through the
 * local runtime: more (grid, month) buckets changed than an aggregation
 * returns by default, a backlog longer than one run may take, and writes
 * that land after the pass that should have seen them. The fixtures lie in
 * months where the demo data has nothing.
 */
const COUNTY_STAFF = 'demo-staff-county';
const GRIDS = Object.values(DEMO_GRIDS);
const HOUR = 3_600_000;

/** A request filed in a demo grid at `filedAt`, last changed at `updatedAt`. */
function filed(id: string, grid: (typeof GRIDS)[number], filedAt: Date, updatedAt: Date): Doc {
  return { ...filedRequest(id, grid, 'environment', filedAt), updatedAt } as unknown as Doc;
}

/** `perBucket` requests in every demo grid in every month from..to, filed on the 10th (China). */
function requestsIn(months: string[], perBucket: number, updatedAt: (filedAt: Date) => Date): Doc[] {
  return months.flatMap((month) =>
    GRIDS.flatMap((grid) =>
      Array.from({ length: perBucket }, (_, n) => {
        const filedAt = new Date(`${month}-10T09:00:00+08:00`);
        return filed(`fx-${grid._id}-${month}-${n}`, grid, new Date(filedAt.getTime() + n * HOUR), updatedAt(filedAt));
      }),
    ),
  );
}

function months(year: number, from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, i) => `${year}-${String(from + i).padStart(2, '0')}`);
}

function filedBetween(test: TestCloud, from: string, to: string): number {
  const start = new Date(`${from}-01T00:00:00+08:00`);
  const [y, m] = to.split('-').map(Number);
  const end = new Date(`${m === 12 ? y + 1 : y}-${String((m % 12) + 1).padStart(2, '0')}-01T00:00:00+08:00`);
  return test.cloud.store.count('requests', { createdAt: { $gte: start, $lt: end } });
}

async function overview(test: TestCloud, from: string, to: string) {
  return dataOf(await test.call(COUNTY_STAFF, 'dashboard', 'overview', { from, to }));
}

interface Refreshed {
  listed: number;
  buckets: number;
  finished: boolean;
  upTo: string | null;
}

async function refresh(test: TestCloud): Promise<Refreshed> {
  const { result } = await test.cloud.fireTimer('dashboard', 'refreshStats');
  const envelope = result as { ok: boolean; data?: Refreshed };
  if (!envelope.ok || !envelope.data) throw new Error(`refreshStats failed: ${JSON.stringify(result)}`);
  return envelope.data;
}

describe('a county-sized change set', () => {
  let test: TestCloud;
  beforeAll(async () => {
    test = await startTestCloud();
  });
  afterAll(() => test.close());

  it('brings every change into the figures: 72 (grid, month) pairs, 24 (village, month) buckets, beyond the 20 an aggregation returns by default', async () => {
    // 6 grids in 2 villages × 12 months, one request each, on top of the demo's own.
    const fixture = requestsIn(months(2024, 1, 12), 1, (filedAt) => new Date(filedAt.getTime() + 2 * HOUR));
    test.cloud.store.insertMany('requests', fixture);
    const run = await refresh(test);
    expect(run.finished).toBe(true);
    expect(run.buckets).toBeGreaterThan(24);

    const d = await overview(test, '2024-01', '2024-12');
    expect(d.requests.total).toBe(72);
    expect(d.requests.total).toBe(filedBetween(test, '2024-01', '2024-12'));
    expect(d.grids.map((g) => [g.id, g.total]).sort()).toEqual(GRIDS.map((g) => [g._id, 12]).sort());
    expect(d.asOf).toBe(run.upTo);
  });

  it('catches a write that landed after the pass it was stamped for, and later changes, in the next run', async () => {
    const [mark] = test.cloud.store.find('settings', { _id: 'requestStatsMark' }) as unknown as Array<{ upTo: Date }>;
    // Stamped a minute before the mark (its function started then) but written only now.
    const late = filed('fx-late', DEMO_GRIDS.hubin2, new Date('2024-03-20T10:00:00+08:00'), new Date(mark.upTo.getTime() - 60_000));
    test.cloud.store.insertMany('requests', [late]);
    // A change made after the mark: one request of May becomes rejected.
    test.cloud.store.documents.update(
      'requests',
      { _id: 'fx-g-taihua-1-2024-05-0' },
      { $set: { state: 'rejected', updatedAt: new Date() } },
      { multi: false, replace: false, upsert: false },
    );
    const run = await refresh(test);
    expect(run.finished).toBe(true);
    const d = await overview(test, '2024-01', '2024-12');
    expect(d.requests.total).toBe(73);
    expect(d.requests.byState.find((s) => s.state === 'rejected')?.count).toBe(1);
    expect(d.grids.find((g) => g.id === DEMO_GRIDS.hubin2._id)!.total).toBe(13);
  });

  it('gives a staff member of one grid that grid alone, from its village buckets', async () => {
    const [staff] = test.cloud.store.find('users', { _id: 'demo-staff-hubin' });
    test.cloud.store.insertMany('users', [{ ...staff, _id: 'fx-staff-grid', staffScopeId: DEMO_GRIDS.hubin2._id }]);
    const d = dataOf(await test.call('fx-staff-grid', 'dashboard', 'overview', { from: '2024-01', to: '2024-12' }));
    expect(d.requests.total).toBe(13);
    expect(d.grids.map((g) => [g.id, g.total])).toEqual([[DEMO_GRIDS.hubin2._id, 13]]);
    // Its own states only (the rejected request lies in 太华村).
    expect(d.requests.byState.map((s) => [s.state, s.count])).toEqual([['assigned', 13]]);
  });

  it('costs in proportion to the requests changed: a quiet minute reads only the changes the overlap holds', async () => {
    const [mark] = test.cloud.store.find('settings', { _id: 'requestStatsMark' }) as unknown as Array<{ upTo: Date }>;
    const recent = test.cloud.store.count('requests', { updatedAt: { $gt: new Date(mark.upTo.getTime() - 2 * 60_000) } });
    const run = await refresh(test);
    expect(run.listed).toBe(recent);
    expect(run.listed).toBeLessThan(10);
    expect(run.buckets).toBeLessThanOrEqual(run.listed);
  });
});

it('replaces the figures of an older layout (one bucket per grid) by building them again', async () => {
  const test = await startTestCloud();
  try {
    test.cloud.store.insertMany(
      'requests',
      requestsIn(months(2024, 1, 2), 1, (filedAt) => new Date(filedAt.getTime() + HOUR)),
    );
    const upTo = new Date();
    test.cloud.store.insertMany('settings', [{ _id: 'requestStatsMark', upTo }]);
    test.cloud.store.insertMany('requestStats', [
      {
        _id: 'g-hubin-1_2024-01',
        gridId: 'g-hubin-1',
        placeIds: ['c-wangjiang', 't-liangquan', 'v-hubin', 'g-hubin-1'],
        month: '2024-01',
        total: 99,
      },
    ]);
    // Until the timer has run, the old figures are neither shown nor dated.
    expect(await overview(test, '2024-01', '2024-02')).toEqual(
      expect.objectContaining({ asOf: null, requests: expect.objectContaining({ total: 0 }) }),
    );
    const run = await refresh(test);
    expect(run.finished).toBe(true);
    expect(test.cloud.store.count('requestStats', { gridId: { $exists: true } })).toBe(0);
    expect((await overview(test, '2024-01', '2024-02')).requests.total).toBe(12);
  } finally {
    await test.close();
  }
});

describe('a backlog longer than one run', () => {
  let test: TestCloud;
  let functionsDir: string;
  beforeAll(async () => {
    // The dashboard function as deployed, with a 3-second time limit instead of 60.
    functionsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wgt-dashboard-'));
    const from = path.resolve(__dirname, '../../dist/cloudfunctions/dashboard');
    const to = path.join(functionsDir, 'dashboard');
    fs.cpSync(from, to, { recursive: true });
    const config = JSON.parse(fs.readFileSync(path.join(to, 'config.json'), 'utf8')) as Record<string, unknown>;
    fs.writeFileSync(path.join(to, 'config.json'), JSON.stringify({ ...config, timeout: 3 }));
    test = await startTestCloud({ functionsDir });
  });
  afterAll(async () => {
    await test.close();
    fs.rmSync(functionsDir, { recursive: true, force: true });
  });

  it('stops inside its time limit, keeps the mark, and the next runs resume where it stopped until the figures are whole', async () => {
    // 2 villages × 24 months = 48 buckets, every request stamped at the same instant
    // (as a bulk change stamps them), so resuming relies on the _id order among equals.
    const stamp = new Date(Date.now() - HOUR);
    test.cloud.store.insertMany(
      'requests',
      requestsIn([...months(2022, 1, 12), ...months(2023, 1, 12)], 1, () => stamp),
    );
    // A slow database: every bucket write takes 60 ms (48 of them: longer than the 2.25 s a run may work).
    const documents = test.cloud.store.documents;
    const update = documents.update.bind(documents);
    documents.update = (collection, ...rest) => {
      if (collection === 'requestStats') {
        const until = Date.now() + 60;
        while (Date.now() < until);
      }
      return update(collection, ...rest);
    };

    const runs: Refreshed[] = [];
    runs.push(await refresh(test));
    expect(runs[0].finished).toBe(false);
    expect(runs[0].buckets).toBeGreaterThan(0);
    // Nothing is claimed before the pass is whole.
    expect((await overview(test, '2022-01', '2023-12')).asOf).toBeNull();

    while (!runs[runs.length - 1].finished && runs.length < 12) runs.push(await refresh(test));
    expect(runs[runs.length - 1].finished).toBe(true);
    expect(runs.length).toBeGreaterThan(1);
    // Each run went on from the last: together they rebuilt each bucket about once.
    const rebuilt = runs.reduce((sum, r) => sum + r.buckets, 0);
    expect(rebuilt).toBeLessThan(2 * 48 + 10);

    const d = await overview(test, '2022-01', '2023-12');
    expect(d.requests.total).toBe(144);
    expect(d.requests.total).toBe(filedBetween(test, '2022-01', '2023-12'));
    expect(d.asOf).toBe(runs[runs.length - 1].upTo);
  });
});
