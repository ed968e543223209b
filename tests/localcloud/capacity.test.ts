/**
 * A conditional update is atomic: 300 residents racing for 50 places on a
 * service-day slot get exactly 50 bookings, never 51.
 */
import { callOverHttp, FixtureCloud, FixtureFunction, startFixtureCloud } from './harness';

let fx: FixtureCloud;

const functions: Record<string, FixtureFunction> = {
  book: {
    code: `
exports.main = async (event) => {
  const { OPENID } = cloud.getWXContext();
  const res = await db.collection('slots')
    .where({ _id: event.slot, booked: _.lt(50) })
    .update({ data: { booked: _.inc(1) } });
  if (res.stats.updated !== 1) return { ok: false };
  await db.collection('bookings').add({ data: { slot: event.slot, openid: OPENID } });
  return { ok: true };
};`,
  },
};

beforeAll(async () => {
  fx = await startFixtureCloud(functions, { workers: 4 });
  fx.cloud.store.insertMany('slots', [{ _id: 'slot1', booked: 0, capacity: 50 }]);
  fx.cloud.store.ensureCollection('bookings');
});

afterAll(async () => {
  await fx.cleanup();
});

test('300 concurrent bookings for 50 places: exactly 50 succeed', async () => {
  const answers = await Promise.all(
    Array.from({ length: 300 }, (_, i) => callOverHttp(fx.cloud, 'book', { slot: 'slot1' }, `resident-${i}`)),
  );
  expect(answers.every((a) => a.status === 200)).toBe(true);
  const winners = answers.filter((a) => (a.body as { ok: boolean }).ok).length;
  expect(winners).toBe(50);
  expect(fx.cloud.store.find('slots')).toEqual([{ _id: 'slot1', booked: 50, capacity: 50 }]);
  expect(fx.cloud.store.count('bookings')).toBe(50);
  expect(new Set(fx.cloud.store.find('bookings').map((b) => b.openid)).size).toBe(50);
});
