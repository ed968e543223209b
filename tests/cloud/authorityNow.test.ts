import { dataOf, startTestCloud, type TestCloud } from '../support/testCloud';
import { refusedWithoutTrace } from './support/refusedWithoutTrace';
import { detail, file, key, step, stepRaw } from './support/requests';
import { versionOf } from './support/personVersion';

/**
 * Authority is the person's at the moment they act, not when the work came
 * to them: a grid member moved to another grid (their duty there removed)
 * no longer resolves what they held nor goes on with their 代办 cases; each
 * refusal says so (NO_LONGER_IN_CHARGE) and writes nothing, and staff over
 * the grid give the request to whoever serves there now.
 */
let test: TestCloud;
beforeAll(async () => {
  test = await startTestCloud();
});
afterAll(() => test.close());

const removeDuty = async (userId: string, gridId: string) =>
  dataOf(await test.call('demo-admin', 'admin', 'setGridDuty', { userId, gridId, version: versionOf(test, userId) }));
const giveDuty = async (userId: string, gridId: string) =>
  dataOf(
    await test.call('demo-admin', 'admin', 'setGridDuty', {
      userId,
      gridId,
      version: versionOf(test, userId),
      duty: { title: '网格员', categoryIds: ['environment'], firstResponsible: false },
    }),
  );

describe('a grid member moved to another grid', () => {
  it('no longer acts on a request they hold; staff over it reassign it to whoever serves there now', async () => {
    const filed = await file(test);
    expect(filed.handler).toMatchObject({ name: '汪德华' });
    const accepted = await step(test, 'demo-grid-wang', 'accept', filed);
    // 汪德华 now serves the second grid, no longer the first.
    await giveDuty('demo-grid-wang', 'g-hubin-2');
    await removeDuty('demo-grid-wang', 'g-hubin-1');

    const attempts = {
      resolve: { outcome: '已处理好了。', photos: [] },
      escalate: { reason: '网格解决不了' },
      suspend: { reason: '等材料齐了再办' },
      explain: { explanation: '情况已向群众说明。' },
    };
    for (const [action, fields] of Object.entries(attempts) as Array<[keyof typeof attempts, Record<string, unknown>]>) {
      await refusedWithoutTrace(test, () => stepRaw(test, 'demo-grid-wang', action, accepted, fields), 'NO_LONGER_IN_CHARGE');
    }
    // Their page no longer offers what they may not do; what they did stays readable.
    expect((await detail(test, 'demo-grid-wang', filed.id)).allowed).toEqual(['addNote']);

    const moved = await step(test, 'demo-staff-hubin', 'reassign', accepted, {
      personId: 'demo-grid-zhou',
      note: '原网格员已调走，改由周义青办理',
    });
    expect(moved.handler).toMatchObject({ name: '周义青' });
    const taken = await step(test, 'demo-grid-zhou', 'accept', moved);
    expect((await step(test, 'demo-grid-zhou', 'resolve', taken, { outcome: '已清理干净，垃圾桶已扶正。', photos: [] })).state).toBe(
      'resolved',
    );
  });

  it('no longer goes on with their open 代理代办 cases', async () => {
    const before = dataOf(await test.call('demo-grid-wang', 'proxy', 'caseDetail', { caseId: 'pc-demo-rcv1' }));
    await refusedWithoutTrace(
      test,
      () =>
        test.call('demo-grid-wang', 'proxy', 'receive', {
          caseId: 'pc-demo-rcv1',
          version: before.version,
          opId: key('rcv'),
          checked: ['住院发票原件'],
          photos: [],
        }),
      'NO_LONGER_IN_CHARGE',
    );
  });
});

describe('a person whose grid member role was taken away', () => {
  it('is refused every step, writing nothing', async () => {
    await removeDuty('demo-grid-wang', 'g-hubin-2');
    const proxyCase = dataOf(await test.call('demo-grid-wang', 'proxy', 'caseDetail', { caseId: 'pc-demo-rcv1' }));
    const receive = { caseId: 'pc-demo-rcv1', version: proxyCase.version, opId: key('rcv'), checked: ['住院发票原件'], photos: [] };
    await refusedWithoutTrace(test, () => test.call('demo-grid-wang', 'proxy', 'receive', receive), 'FORBIDDEN');
  });
});
