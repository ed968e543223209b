/**
 * Null, missing fields and order across types, through the real
 * wx-server-sdk, against MongoDB's rules (what WeChat cloud's database
 * runs; sources in docs/CLOUD-FIDELITY.md, "Database: null, missing and
 * order"). Every expectation is MongoDB's answer, not the local engine's.
 */
import { FixtureCloud, FixtureFunction, startFixtureCloud } from './harness';

let fx: FixtureCloud;

/** Dates travel in the event as `{ date: ms }`. */
const PROBE = `
const revive = (v) => Array.isArray(v) ? v.map(revive) : v && typeof v === 'object' && 'date' in v ? new Date(v.date) : v;
const ids = (res) => res.data.map((d) => d._id);
exports.main = async (event) => {
  const c = db.collection('nulls');
  try {
    if (event.where) {
      const { op, value } = event.where;
      const condition = op === 'literal' ? revive(value) : op === 'exists' ? _.exists(value) : _[op](revive(value));
      return { ids: ids(await c.where({ a: condition }).limit(100).get()).sort() };
    }
    if (event.laterMatch) {
      const res = await c.aggregate().project({ a: 1 }).match({ a: _[event.laterMatch](null) }).end();
      return { ids: ridsOf(res) };
    }
    if (event.orderBy) return { ids: ids(await c.orderBy('a', event.orderBy).orderBy('_id', 'asc').get()) };
    if (event.sortStage) {
      const res = await c.aggregate().sort({ a: event.sortStage, _id: 1 }).project({ _id: 1 }).limit(100).end();
      return { ids: ridsOf(res) };
    }
    if (event.group) {
      const res = await c.aggregate().match({ _id: _.in(event.group) }).sort({ _id: 1 }).group({
        _id: null, min: $.min('$a'), max: $.max('$a'), sum: $.sum('$a'), avg: $.avg('$a'),
        pushed: $.push('$a'), set: $.addToSet('$a'), firstId: $.min('$_id'), lastId: $.max('$_id'),
      }).end();
      return { row: res.list[0] };
    }
    if (event.groupBy) {
      const res = await c.aggregate().match({ _id: _.in(event.groupBy) }).group({ _id: '$a', n: $.sum(1) }).sort({ n: -1 }).end();
      return { rows: res.list };
    }
    if (event.compare) {
      const res = await c.aggregate().match({ _id: _.in(event.compare) }).project({
        ltOldDate: $.lt(['$a', new Date('2000-01-01T00:00:00Z')]), eqNull: $.eq(['$a', null]), neqNull: $.neq(['$a', null]),
        gtZero: $.gt(['$a', 0]), eqThree: $.eq(['$a', 3]), cmpNull: $.cmp(['$a', null]), ltNull: $.lt(['$a', null]),
      }).sort({ _id: 1 }).end();
      return { rows: res.list };
    }
  } catch (e) {
    return { error: e.errMsg || e.message };
  }
  return { error: 'unknown probe' };
};
const ridsOf = (res) => res.list.map((d) => d._id);
`;

const functions: Record<string, FixtureFunction> = { probe: { code: PROBE } };

/** One value of every kind a field can hold, and a field that is not there. */
const DOCS = [
  { _id: 'null', a: null },
  { _id: 'missing' },
  { _id: 'one', a: 1 },
  { _id: 'five', a: 5 },
  { _id: 'str', a: 'x' },
  { _id: 'arr', a: [null, 3] },
  { _id: 'date', a: new Date('2025-03-01T00:00:00Z') },
  { _id: 'true', a: true },
  { _id: 'empty', a: [] },
];
const ALL = DOCS.map((d) => d._id);
const except = (...ids: string[]) => ALL.filter((id) => !ids.includes(id)).sort();

async function probe(event: Record<string, unknown>): Promise<Record<string, unknown>> {
  const { result } = await fx.cloud.invoke('probe', event, { openid: 'o-nulls' });
  return result as Record<string, unknown>;
}

beforeAll(async () => {
  fx = await startFixtureCloud(functions);
  fx.cloud.store.insertMany('nulls', DOCS);
});

afterAll(async () => {
  await fx.cleanup();
});

describe('where(): null and missing as MongoDB matches them', () => {
  const cases: Array<[string, { op: string; value: unknown }, string[]]> = [
    // {a: null}, eq(null) and in([null]) match null, missing, and an array holding null.
    ['{a: null}', { op: 'literal', value: null }, ['arr', 'missing', 'null']],
    ['eq(null)', { op: 'eq', value: null }, ['arr', 'missing', 'null']],
    ['in([null])', { op: 'in', value: [null] }, ['arr', 'missing', 'null']],
    // neq(null) and nin([null]): the field is there and holds no null.
    ['neq(null)', { op: 'neq', value: null }, except('arr', 'missing', 'null')],
    ['nin([null])', { op: 'nin', value: [null] }, except('arr', 'missing', 'null')],
    // neq and nin of a value match documents without the field, and null.
    ['neq(1)', { op: 'neq', value: 1 }, except('one')],
    ['nin([1, 5])', { op: 'nin', value: [1, 5] }, except('one', 'five')],
    ['in([1, "x"])', { op: 'in', value: [1, 'x'] }, ['one', 'str']],
    // Ranges compare within a type only (type bracketing): null, strings, dates are never below 5.
    ['gt(0)', { op: 'gt', value: 0 }, ['arr', 'five', 'one']],
    ['gte(5)', { op: 'gte', value: 5 }, ['five']],
    ['lt(5)', { op: 'lt', value: 5 }, ['arr', 'one']],
    ['lte(1)', { op: 'lte', value: 1 }, ['one']],
    ['gt("a")', { op: 'gt', value: 'a' }, ['str']],
    ['lt(a 2030 date)', { op: 'lt', value: { date: Date.parse('2030-01-01T00:00:00Z') } }, ['date']],
    ['exists(true)', { op: 'exists', value: true }, except('missing')],
    ['exists(false)', { op: 'exists', value: false }, ['missing']],
  ];
  test.each(cases)('%s', async (_name, where, expected) => {
    expect(await probe({ where })).toEqual({ ids: expected });
  });

  test.each(['gt', 'gte', 'lt', 'lte'])('%s(null) is refused: its answer on WeChat for a missing field is not documented', async (op) => {
    const answer = await probe({ where: { op, value: null } });
    expect(answer.error).toMatch(new RegExp(`\\$${op} null`));
  });
});

test.each(['gt', 'lte'])('aggregate: a later $match with %s(null) is refused too', async (op) => {
  expect((await probe({ laterMatch: op })).error).toMatch(new RegExp(`\\$${op} null`));
});

describe('order: null and missing sort together, below numbers; arrays by their smallest or largest element', () => {
  // Ascending: [] below null; null, missing and [null, 3] (smallest: null) tie, then _id.
  const ascending = ['empty', 'arr', 'missing', 'null', 'one', 'five', 'str', 'true', 'date'];
  // Descending: [null, 3] sorts by its largest element, 3.
  const descending = ['date', 'true', 'str', 'five', 'arr', 'one', 'missing', 'null', 'empty'];

  test('orderBy ascending and descending', async () => {
    expect(await probe({ orderBy: 'asc' })).toEqual({ ids: ascending });
    expect(await probe({ orderBy: 'desc' })).toEqual({ ids: descending });
  });

  test('aggregate $sort ascending and descending', async () => {
    expect(await probe({ sortStage: 1 })).toEqual({ ids: ascending });
    expect(await probe({ sortStage: -1 })).toEqual({ ids: descending });
  });
});

describe('aggregate: $group and its accumulators with null and missing', () => {
  test('null and missing make one group, null', async () => {
    expect(await probe({ groupBy: ['null', 'missing', 'one'] })).toEqual({
      rows: [
        { _id: null, n: 2 },
        { _id: 1, n: 1 },
      ],
    });
  });

  test('$min/$max leave out null and missing and compare across types; $avg of numbers only; $push leaves out missing', async () => {
    const { row } = (await probe({ group: ALL })) as { row: Record<string, unknown> };
    // In _id order: arr, date, empty, five, missing (left out), null, one, str, true. Dates come back from the function as JSON.
    const date = '2025-03-01T00:00:00.000Z';
    const pushed = [[null, 3], date, [], 5, null, 1, 'x', true];
    expect(row).toEqual({
      _id: null,
      min: 1,
      max: date,
      sum: 6,
      avg: 3,
      pushed,
      set: expect.arrayContaining(pushed),
      firstId: 'arr',
      lastId: 'true',
    });
    expect(row.set).toHaveLength(pushed.length);
  });

  test('over only null and missing: $min, $max and $avg are null, $sum is 0', async () => {
    const { row } = await probe({ group: ['null', 'missing'] });
    expect(row).toEqual({
      _id: null,
      min: null,
      max: null,
      sum: 0,
      avg: null,
      pushed: [null],
      set: [null],
      firstId: 'missing',
      lastId: 'null',
    });
  });
});

test('comparison expressions compare across types in BSON order, a missing value below null and unequal to it', async () => {
  const { rows } = await probe({ compare: ['null', 'missing', 'one', 'str', 'date', 'arr'] });
  const row = (ltOldDate: boolean, eqNull: boolean, gtZero: boolean, eqThree: boolean, cmpNull: number, ltNull: boolean) => ({
    ltOldDate,
    eqNull,
    neqNull: !eqNull,
    gtZero,
    eqThree,
    cmpNull,
    ltNull,
  });
  expect(rows).toEqual([
    { _id: 'arr', ...row(true, false, true, false, 1, false) },
    { _id: 'date', ...row(false, false, true, false, 1, false) },
    { _id: 'missing', ...row(true, false, false, false, -1, true) },
    { _id: 'null', ...row(true, true, false, false, 0, false) },
    { _id: 'one', ...row(true, false, true, false, 1, false) },
    { _id: 'str', ...row(true, false, true, false, 1, false) },
  ]);
});
