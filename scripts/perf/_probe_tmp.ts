import { startTestCloud } from '../../tests/support/testCloud';
import { residentsFor, serviceDay, book } from '../../bench/sections/bookingScale';
async function main(dir: string) {
  const test = await startTestCloud({ workers: 2, functionsDir: dir });
  const f = await residentsFor(test, 800);
  const busy = await serviceDay(test, '便民服务日', ['社保', '医保', '户籍', '民政'], 40, '12:00');
  for (let k = 0; k < 400; k += 1) await book(f, busy, f.nextResident(), busy.slots[k % busy.slots.length]);
  const sums: Record<string, number[]> = { servicedays: [], servicedaysold: [] };
  for (let i = 0; i < 150; i++) {
    for (const fn of i % 2 ? ['servicedays', 'servicedaysold'] : ['servicedaysold', 'servicedays']) {
      const openid = f.nextResident();
      const t = performance.now();
      const r = await test.raw(openid, fn, { action: 'book', payload: { sessionId: busy.sessionId, slotKey: busy.slots[(i * 7) % busy.slots.length], requestKey: `${openid}-k` } });
      if (!(r.body as any).ok) console.log('refused', JSON.stringify(r.body));
      sums[fn].push(performance.now() - t);
    }
  }
  for (const [k, v] of Object.entries(sums)) { v.sort((a, b) => a - b); console.log(k, 'mean', (v.reduce((s, x) => s + x, 0) / v.length).toFixed(1), 'median', v[v.length >> 1].toFixed(1), 'p25', v[v.length >> 2].toFixed(1)); }
  await test.close();
}
void main('/tmp/s22E/ab-fns');
