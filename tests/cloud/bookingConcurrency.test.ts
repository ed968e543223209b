import { takesPlace } from '../../cloudfunctions/domain/servicedays/ServiceSession';
import { bookingRush, storedSession, type RushResult } from '../support/bookingRush';
import { startTestCloud, type TestCloud } from '../support/testCloud';

/**
 * 1,000 residents book the same 50 places at the same moment, through the
 * local runtime and the real SDK: exactly 50 get a place, everyone else a
 * clear 已约满, and what is stored agrees with who was told yes.
 */
let test: TestCloud;
let rush: RushResult;

beforeAll(async () => {
  test = await startTestCloud({ workers: 8 });
  rush = await bookingRush(test, { attempts: 1000, capacity: 50, inFlight: 1000 });
}, 300_000);
afterAll(() => test.close());

it('gives exactly 50 places and refuses the other 950 with SLOT_FULL (已约满)', () => {
  const ok = rush.answers.filter((a) => a.body.ok);
  const refused = rush.answers.filter((a) => !a.body.ok);
  expect(ok).toHaveLength(50);
  expect(refused).toHaveLength(950);
  for (const answer of refused) {
    expect(answer.body).toEqual(expect.objectContaining({ ok: false, code: 'SLOT_FULL' }));
    expect((answer.body as { message: string }).message).toContain('已约满');
  }
});

it('stores exactly the bookings it confirmed, with the places taken to match', () => {
  const stored = rush.session.bookings.filter(takesPlace);
  expect(stored).toHaveLength(50);
  expect(rush.session.slots.w1_0900).toEqual(expect.objectContaining({ capacity: 50, remaining: 0 }));
  const confirmed = rush.answers
    .filter((a) => a.body.ok)
    .map((a) => a.openid)
    .sort();
  expect(stored.map((b) => b.openid).sort()).toEqual(confirmed);
  const codes = rush.answers.flatMap((a) => (a.body.ok ? [a.body.data.code] : []));
  expect(new Set(codes).size).toBe(50);
  expect(stored.map((b) => b.code).sort()).toEqual([...codes].sort());
  expect(Object.values(rush.session.holders).reduce((sum, n) => sum + n, 0)).toBe(50);
  expect(rush.session.events.filter((e) => e.type === 'booked')).toHaveLength(50);
});

it('spends a bounded number of database actions on a booking, and a refusal for a full slot writes nothing', () => {
  // The caller, the date with the person's document and the slot's tally (one aggregate), the take, the code, the
  // booking, the date again; the slot's first bookings also create its tally (and read it again when another
  // one created it first), and a code that is someone else's on the date costs a read and another claim.
  for (const answer of rush.answers.filter((a) => a.body.ok)) expect(answer.dbActions).toBeLessThanOrEqual(9);
  // Most are refused at the read (the tally full); one that met the last places going takes nothing and reads the tally again.
  for (const answer of rush.answers.filter((a) => !a.body.ok)) expect(answer.dbActions).toBeLessThanOrEqual(4);
});

it('answers a retried request with the same booking and books nobody twice', async () => {
  const winners = rush.answers.filter((a) => a.body.ok).slice(0, 20);
  const again = await Promise.all(
    winners.map((w) =>
      test.call(w.openid, 'servicedays', 'book', { sessionId: rush.sessionId, slotKey: 'w1_0900', requestKey: w.requestKey }),
    ),
  );
  again.forEach((answer, n) => {
    expect(answer).toEqual({
      ok: true,
      data: expect.objectContaining({ code: (winners[n].body as { data: { code: string } }).data.code, repeated: true }),
    });
  });
  const session = await storedSession(test, rush.sessionId);
  expect(session.bookings).toHaveLength(50);
  expect(session.slots.w1_0900.remaining).toBe(0);
});
