import { buildFunctions } from '../../scripts/build-functions';
import { everyAction } from '../../tests/support/actionExamples';
import { importRosterCsv } from '../../tests/support/importRosterCsv';
import { issuePhoneCode } from '../../tests/support/phoneCode';
import { startTestCloud, type TestCloud } from '../../tests/support/testCloud';
import type { BenchSection } from '../BenchSection';

const ROSTER_ROWS = 200;
const TAKE_OVER_PHONE = '13800000021';
const TAKE_OVER_OPEN_REQUESTS = 50;

/** The most operations one transaction made while `run` ran, counted by the local cloud's store. */
async function largestTransaction(test: TestCloud, run: () => Promise<unknown>): Promise<number> {
  const documents = test.cloud.store.documents;
  documents.resetTransactionStats();
  await run();
  return documents.transactionStats.maxOperations;
}

async function ok(answer: Promise<{ body: unknown }>, what: string): Promise<unknown> {
  const { body } = await answer;
  if (!(body as { ok?: boolean }).ok) throw new Error(`${what} failed: ${JSON.stringify(body)}`);
  return body;
}

/** 凉泉乡's hall every day of the week, 12 windows, booked 12 weeks ahead: 85 dates, the most a service day can have. */
const everyDay = {
  clientKey: 'bench-transactions-every-day',
  placeId: 't-liangquan',
  title: '凉泉乡为民服务大厅',
  venue: '凉泉乡为民服务大厅',
  recurrence: { kind: 'weekly', weekdays: [1, 2, 3, 4, 5, 6, 7] },
  startTime: '08:30',
  endTime: '17:30',
  slotMinutes: 30,
  windows: Array.from({ length: 12 }, (_, n) => ({ name: `窗口${n + 1}`, capacity: 10 })),
  horizonWeeks: 12,
};

/**
 * Operations per transaction (a read or write of one document, an add): the
 * local cloud refuses a 101st, keeping every transaction well inside the
 * 30 s WeChat gives it. Every action's example on the demo data, then the
 * largest cases: a 200-person roster import, the largest service day created
 * and changed, and binding the phone of an imported grid member with 50 open
 * requests. `transactions.maxOperations` is the largest of all.
 */
export const transactionsBench: BenchSection = {
  title: 'transactions: the most operations one transaction makes',
  async run() {
    await buildFunctions();
    const test = await startTestCloud();
    try {
      let examples = 0;
      let largestExample = '';
      for (const { fn, action, caller, payload, at, prepare } of everyAction()) {
        test.cloud.setClockOffset(at ? at.getTime() - Date.now() : 0);
        await prepare?.(test.cloud.url);
        const ops = await largestTransaction(test, () => ok(test.raw(caller, fn, { action, payload }), `${fn}.${action}`));
        if (ops > examples) [examples, largestExample] = [ops, `${fn}.${action}`];
      }
      test.cloud.setClockOffset(0);

      const rows = Array.from({ length: ROSTER_ROWS }, (_, n) => [
        `导入${n}`,
        `1380002${String(n).padStart(4, '0')}`,
        n % 2 ? '第一网格（汪屋组）' : '第二网格（郭屋组）',
        n % 3 ? '居民' : '网格员',
        n % 3 ? '' : '治安、环境卫生',
        '否',
      ]);
      let rosterCommitted = 0;
      const roster = await largestTransaction(test, async () => {
        const answer = await importRosterCsv(test, rows);
        if (answer.created !== ROSTER_ROWS) throw new Error(`roster import wrote ${answer.created} of ${ROSTER_ROWS}`);
        rosterCommitted = test.cloud.store.documents.transactionStats.committed;
      });

      let dayId = '';
      const created = await largestTransaction(test, async () => {
        const body = await ok(
          test.raw('demo-staff-township', 'servicedays', { action: 'saveServiceDay', payload: everyDay }),
          'saveServiceDay (create)',
        );
        dayId = (body as { data: { id: string } }).data.id;
      });
      const changedPayload = {
        ...everyDay,
        id: dayId,
        expectedVersion: 1,
        windows: everyDay.windows.map((w, n) => ({ ...w, id: `w${n + 1}`, capacity: 12 })),
      };
      const changed = await largestTransaction(test, () =>
        ok(
          test.raw('demo-staff-township', 'servicedays', { action: 'saveServiceDay', payload: changedPayload }),
          'saveServiceDay (change)',
        ),
      );
      const dates = test.cloud.store.count('serviceSessions', { serviceDayId: dayId });

      await importRosterCsv(test, [['汪大海', TAKE_OVER_PHONE, '第一网格（汪屋组）', '网格员', '治安', '否']]);
      const [template] = test.cloud.store.find('requests', { _id: 'demo-rq-1' });
      const rosterId = `roster-${TAKE_OVER_PHONE}`;
      test.cloud.store.insertMany(
        'requests',
        Array.from({ length: TAKE_OVER_OPEN_REQUESTS }, (_, i) => ({
          ...template,
          _id: `bench-tx-open-${i}`,
          handler: { id: rosterId, name: '汪大海', title: '网格员' },
          openHandlerId: rosterId,
          handlerIds: [rosterId],
        })),
      );
      const code = await issuePhoneCode(test.cloud.url, TAKE_OVER_PHONE);
      const takeOver = await largestTransaction(test, () =>
        ok(test.raw('wx-bench-tx', 'users', { action: 'linkPhone', payload: { code } }), 'linkPhone'),
      );

      const cases: Record<string, number> = {
        [`action examples (${largestExample})`]: examples,
        [`roster import of ${ROSTER_ROWS}`]: roster,
        [`saveServiceDay creating ${dates} dates`]: created,
        [`saveServiceDay changing ${dates} dates`]: changed,
        [`linkPhone with ${TAKE_OVER_OPEN_REQUESTS} open requests`]: takeOver,
      };
      const [largestCase, maxOperations] = Object.entries(cases).sort((a, b) => b[1] - a[1])[0];
      console.error(`largest transaction: ${maxOperations} operations, ${largestCase}`);
      return {
        'transactions.maxOperations': maxOperations,
        'transactions.actionExamples.maxOperations': examples,
        'transactions.rosterImport200.maxOperations': roster,
        'transactions.rosterImport200.transactions': rosterCommitted,
        'transactions.saveServiceDayLargest.dates': dates,
        'transactions.saveServiceDayLargest.createOperations': created,
        'transactions.saveServiceDayLargest.changeOperations': changed,
        'transactions.phoneLink50.maxOperations': takeOver,
      };
    } finally {
      await test.close();
    }
  },
};
