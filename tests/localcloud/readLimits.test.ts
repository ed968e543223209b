/**
 * How much one read returns, driven by the real wx-server-sdk: an
 * aggregation without `$limit` returns 20 results (as WeChat's does), one
 * asking for more than 1,000 is refused (WeChat documents no maximum: the
 * local cloud holds aggregations to a read's 1,000), and paging groups with
 * sort/skip/limit reaches every one of them. Reads: see database.test.ts.
 */
import { FixtureCloud, startFixtureCloud } from './harness';

let fx: FixtureCloud;

const GROUPS = 1200;

beforeAll(async () => {
  fx = await startFixtureCloud({
    limits: {
      code: `
const grouped = () => db.collection('visits').aggregate().match({ n: _.gte(0) }).group({ _id: '$household', visits: $.sum(1) });
const failure = (p) => p.then(() => null, (e) => e.errMsg || e.message);
exports.main = async () => {
  const noLimit = await grouped().end();
  const sortedNoLimit = await grouped().sort({ _id: 1 }).skip(5).end();
  const thousand = await grouped().sort({ _id: 1 }).limit(1000).end();
  const pages = [];
  for (let page = 0; ; page += 1) {
    const { list } = await grouped().sort({ _id: 1 }).skip(page * 1000).limit(1000).end();
    pages.push(list.length);
    if (list.length < 1000) break;
  }
  return {
    noLimit: noLimit.list.length,
    sortedNoLimit: sortedNoLimit.list.length,
    thousand: thousand.list.length,
    pages,
    overLimit: await failure(grouped().limit(1001).end()),
    // A $limit that is allowed, followed by a stage that multiplies the rows.
    overResults: await failure(db.collection('visits').aggregate().limit(600).project({ pair: [1, 2] }).unwind('$pair').end()),
  };
};`,
    },
  });
  const store = fx.cloud.store;
  store.ensureCollection('visits');
  // 1,500 visits to 1,200 households: 300 households visited twice.
  store.insertMany(
    'visits',
    Array.from({ length: 1500 }, (_, i) => ({
      _id: `v${String(i).padStart(4, '0')}`,
      household: `h${String(i % GROUPS).padStart(4, '0')}`,
      n: i,
    })),
  );
});
afterAll(() => fx.cleanup());

test('an aggregation returns 20 results without $limit, at most 1,000 with one, and pages reach every group', async () => {
  const { result } = await fx.cloud.invoke('limits', {}, { openid: 'o-limits' });
  const r = result as Record<string, unknown>;
  expect(r.noLimit).toBe(20);
  // sort and skip are not a limit: still 20.
  expect(r.sortedNoLimit).toBe(20);
  expect(r.thousand).toBe(1000);
  expect(r.pages).toEqual([1000, GROUPS - 1000]);
  expect(r.overLimit).toMatch(/\$limit 1001.*at most 1000/);
  expect(r.overResults).toMatch(/1200 results.*at most 1000/);
});
