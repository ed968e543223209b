/**
 * Two builds of the servicedays function side by side, in one local cloud,
 * booking in turn on the same busy date (400 bookings already): on a
 * machine whose load swings, only bookings interleaved like this compare.
 *
 *   npm run build:functions && cp -r dist/cloudfunctions /tmp/new
 *   (check out the older code) npm run build:functions && cp -r dist/cloudfunctions /tmp/old
 *   npx tsx scripts/perf/compareBookings.ts /tmp/old /tmp/new [pairs]
 *
 * Prints each build's database actions and client time per booking.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { book, residentsFor, serviceDay } from '../../bench/sections/bookingScale';
import { percentile } from '../../tests/support/bookingRush';
import { startTestCloud } from '../../tests/support/testCloud';

const [before, after] = process.argv.slice(2, 4).map((dir) => path.resolve(dir));
const PAIRS = Number(process.argv[4] ?? 150);
/** The older build runs as a function of its own name beside the newer one. */
const OLDER = 'servicedaysolder';

async function compare(functionsDir: string): Promise<void> {
  const test = await startTestCloud({ workers: 2, functionsDir });
  try {
    const f = await residentsFor(test, 400 + 2 * PAIRS);
    const busy = await serviceDay(test, '便民服务日', ['社保', '医保', '户籍', '民政'], 40, '12:00');
    for (let k = 0; k < 400; k += 1) await book(f, busy, f.nextResident(), busy.slots[k % busy.slots.length]);
    const ms: Record<string, number[]> = { [OLDER]: [], servicedays: [] };
    const actions: Record<string, number[]> = { [OLDER]: [], servicedays: [] };
    for (let i = 0; i < PAIRS; i += 1) {
      // Each goes first in every other pair.
      for (const fn of i % 2 ? ['servicedays', OLDER] : [OLDER, 'servicedays']) {
        const openid = f.nextResident();
        const slotKey = busy.slots[(i * 7) % busy.slots.length];
        const started = performance.now();
        const answer = await test.raw(openid, fn, {
          action: 'book',
          payload: { sessionId: busy.sessionId, slotKey, requestKey: `${openid}-k` },
        });
        if (!(answer.body as { ok: boolean }).ok) throw new Error(`${fn} refused a booking: ${JSON.stringify(answer.body)}`);
        ms[fn].push(performance.now() - started);
        actions[fn].push(answer.dbActions);
      }
    }
    const mean = (xs: number[]) => xs.reduce((sum, x) => sum + x, 0) / xs.length;
    console.log(`${PAIRS} bookings each, interleaved; load average ${os.loadavg()[0].toFixed(1)}`);
    for (const [fn, label] of [
      [OLDER, before],
      ['servicedays', after],
    ]) {
      const line = `mean ${mean(ms[fn]).toFixed(1)} ms, p50 ${percentile(ms[fn], 50).toFixed(1)}, p95 ${percentile(ms[fn], 95).toFixed(1)}`;
      console.log(`${label}: ${mean(actions[fn])} database actions; ${line}`);
    }
  } finally {
    await test.close();
  }
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'booking-compare-'));
cpSync(after, dir, { recursive: true });
cpSync(path.join(before, 'servicedays'), path.join(dir, OLDER), { recursive: true });
void compare(dir).finally(() => rmSync(dir, { recursive: true, force: true }));
