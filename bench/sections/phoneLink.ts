import { buildFunctions } from '../../scripts/build-functions';
import { importRosterCsv } from '../../tests/support/importRosterCsv';
import { issuePhoneCode } from '../../tests/support/phoneCode';
import { startTestCloud } from '../../tests/support/testCloud';
import type { BenchSection } from '../BenchSection';

const PHONE = '13800000021';
const ROSTER_ID = `roster-${PHONE}`;
const OPEN = 50;
const PAST = 200;

/**
 * 绑定手机号 for an imported grid member who has been routed work for a
 * while before opening the mini-program: OPEN requests waiting for them and
 * PAST ones escalated away (which they may still read). What one take-over
 * costs, and that nothing is left pointing at the roster record.
 */
export const phoneLinkBench: BenchSection = {
  title: '绑定手机号: an imported grid member with open and past requests binds their phone',
  async run() {
    await buildFunctions();
    const test = await startTestCloud();
    try {
      await importRosterCsv(test, [['汪大海', PHONE, '第一网格（汪屋组）', '网格员', '治安', '否']]);
      const [template] = test.cloud.store.find('requests', { _id: 'demo-rq-1' });
      const handler = { id: ROSTER_ID, name: '汪大海', title: '网格员' };
      const village = { id: 'demo-cadre-hubin', name: '村干部', title: '村委委员' };
      test.cloud.store.insertMany('requests', [
        ...Array.from({ length: OPEN }, (_, i) => ({
          ...template,
          _id: `bench-open-${i}`,
          handler,
          openHandlerId: ROSTER_ID,
          handlerIds: [ROSTER_ID],
        })),
        ...Array.from({ length: PAST }, (_, i) => ({
          ...template,
          _id: `bench-past-${i}`,
          handler: village,
          openHandlerId: village.id,
          handlerIds: [ROSTER_ID, village.id],
        })),
      ]);
      const code = await issuePhoneCode(test.cloud.url, PHONE);
      const started = performance.now();
      const { body, dbActions } = await test.raw('wx-bench-dahai', 'users', { action: 'linkPhone', payload: { code } });
      const wallMs = performance.now() - started;
      const result = body as { ok: boolean; data?: { movedRequests: number } };
      if (!result.ok) throw new Error(`linkPhone failed: ${JSON.stringify(body)}`);
      return {
        'phoneLink.openRequests': OPEN,
        'phoneLink.pastRequests': PAST,
        'phoneLink.movedRequests': result.data!.movedRequests,
        'phoneLink.leftOnRosterRecord': test.cloud.store.count('requests', { handlerIds: ROSTER_ID }),
        'phoneLink.dbActions': dbActions,
        'phoneLink.wallMs': Math.round(wallMs),
      };
    } finally {
      await test.close();
    }
  },
};
