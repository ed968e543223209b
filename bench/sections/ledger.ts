import { MAX_LEDGER_REQUESTS } from '../../cloudfunctions/domain/ledger/requireLedgerSize';
import { addDays, localDateOf } from '../../cloudfunctions/domain/servicedays/chinaCalendar';
import { buildFunctions } from '../../scripts/build-functions';
import { downloadAs } from '../../tests/support/downloadAs';
import { startTestCloud, type TestCloud } from '../../tests/support/testCloud';
import type { BenchSection } from '../BenchSection';
import { sweepDataset } from './requests';

interface Timed {
  wallMs: number;
  dbActions: number;
  body: { ok: boolean; code?: string; data?: { fileID: string; counts: { requests: number; timelineRows: number } } };
}

/** The county's ledger for the last 90 days, as its staff export it, timed through the function. */
async function exportCounty(test: TestCloud, now: Date): Promise<Timed> {
  const today = localDateOf(now);
  const event = { action: 'exportLedger', payload: { scopeId: 'c-wangjiang', from: addDays(today, -90), to: today } };
  // A kept-alive socket the server closed while the bench was inserting is reset on reuse: once more on a new one.
  await test.raw('demo-staff-county', 'ledger', { action: 'ledgerPlaces', payload: {} }).catch(() => undefined);
  const t0 = process.hrtime.bigint();
  const { body, dbActions } = await test.raw('demo-staff-county', 'ledger', event);
  return { wallMs: Math.round(Number(process.hrtime.bigint() - t0) / 1e6), dbActions, body: body as Timed['body'] };
}

/**
 * The sweep's county-sized data set (100,000 requests, each with its
 * timeline): the largest export allowed (10,000 requests: reads in pages,
 * the .xlsx streamed and uploaded) with its wall time, database actions,
 * rows and file size; then all 100,000 in range, which is refused after one
 * count instead of running past the function's time limit.
 */
export const ledgerBench: BenchSection = {
  title: 'ledger: the largest .xlsx export, and a county-sized range refused',
  async run() {
    await buildFunctions();
    const test = await startTestCloud();
    try {
      const store = test.cloud.store;
      const now = new Date();
      const all = sweepDataset(now);
      store.documents.remove('requests', {}, true);
      store.insertMany('requests', all.slice(0, MAX_LEDGER_REQUESTS));
      const largest = await exportCounty(test, now);
      if (!largest.body.ok || !largest.body.data) throw new Error(`ledger export failed: ${JSON.stringify(largest.body)}`);
      const bytes = (await (await downloadAs(test.cloud.url, 'demo-staff-county', largest.body.data.fileID)).arrayBuffer()).byteLength;

      store.insertMany('requests', all.slice(MAX_LEDGER_REQUESTS));
      const county = await exportCounty(test, now);
      if (county.body.ok || county.body.code !== 'LEDGER_TOO_LARGE')
        throw new Error(`expected LEDGER_TOO_LARGE: ${JSON.stringify(county.body)}`);
      return {
        'ledger.requests': largest.body.data.counts.requests,
        'ledger.timelineRows': largest.body.data.counts.timelineRows,
        'ledger.wallMs': largest.wallMs,
        'ledger.dbActions': largest.dbActions,
        'ledger.fileBytes': bytes,
        'ledger.countyRequests': store.count('requests'),
        'ledger.countyRefusedMs': county.wallMs,
      };
    } finally {
      await test.close();
    }
  },
};
