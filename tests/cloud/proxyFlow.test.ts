import type { Envelope, ProxyCaseDto } from '../../cloudfunctions/contract';
import { chinaDate, chinaWallClock } from '../../cloudfunctions/domain/shared/chinaTime';
import { COLLECTIONS } from '../../cloudfunctions/shared/collections';
import { uploadFolder } from '../../cloudfunctions/shared/uploadFolder';
import { snapshotStore } from '../support/snapshotStore';
import { dataOf, startTestCloud, type TestCloud } from '../support/testCloud';

/**
 * A 代办件 through its four stages on the local cloud: opened once whatever
 * the retries, refused out of order or on a stale version without writing,
 * signed for, seen and rated by its resident, counted in its agent's figures.
 */
const AGENT = 'demo-grid-wang';
const RESIDENT = 'demo-resident-wang';
const TOWNSHIP = 'demo-staff-township';
const ADMIN = 'demo-admin';
const TODAY = chinaDate(new Date());
const wall = chinaWallClock(new Date());
const MONTH = { kind: 'month' as const, year: wall.getUTCFullYear(), number: wall.getUTCMonth() + 1 };

let test: TestCloud;
beforeAll(async () => {
  test = await startTestCloud();
});
afterAll(() => test.close());

const open = (clientKey: string, itemId = 'pi-idcard') =>
  test.call(AGENT, 'proxy', 'openCase', {
    clientKey,
    itemId,
    gridId: 'g-hubin-1',
    residentName: '王秀英',
    residentPhone: '13905560101',
    household: '汪屋组12号 王家',
    checked: ['户口簿'],
    photos: [`cloud://local/${uploadFolder('proxy', AGENT)}hukou.jpg`],
  });

async function refusedWithoutWriting(call: () => Promise<Envelope<unknown>>, code: string): Promise<void> {
  const before = await snapshotStore(test);
  const answer = await call();
  expect(answer).toEqual(expect.objectContaining({ ok: false, code }));
  expect(await snapshotStore(test)).toBe(before);
}

async function casesOf(clientKeyPrefix: string): Promise<number> {
  return (await test.cloud.store.find(COLLECTIONS.proxyCases, {})).filter((doc) =>
    String((doc as { clientKey: string }).clientKey).startsWith(clientKeyPrefix),
  ).length;
}

describe('a 代办 case through 收件 → 送办 → 办结 → 交还', () => {
  let c: ProxyCaseDto;
  /** 汪德华's figures for this month before the case was handed back. */
  let figuresBefore: { handled: number; onTime: number; ratings: number } | undefined;

  it('is opened once for one key, however often the phone retries', async () => {
    const first = dataOf(await open('flow-open-0001'));
    const again = dataOf(await open('flow-open-0001'));
    expect(first.replayed).toBe(false);
    expect(again).toMatchObject({ replayed: true, case: { id: first.case.id } });
    expect(await casesOf('flow-open-0001')).toBe(1);
    c = first.case;
    expect(c).toMatchObject({ stage: 'receive', materialsChecked: ['户口簿'], agentName: '汪德华', residentPhone: '13905560101' });
    expect(c.stages[0].deadline).not.toBeNull();
  });

  it('ends 收件 when the rest of the materials are checked; a retried step changes nothing', async () => {
    const receive = {
      caseId: c.id,
      version: c.version,
      opId: 'flow-receive-1',
      checked: c.materials.filter((m) => m !== '户口簿'),
      photos: [],
    };
    c = dataOf(await test.call(AGENT, 'proxy', 'receive', receive));
    expect(c.stage).toBe('send');
    expect(c.stages.map((s) => s.doneAt !== null)).toEqual([true, false, false, false]);
    const replay = dataOf(await test.call(AGENT, 'proxy', 'receive', receive));
    expect(replay.timeline).toHaveLength(c.timeline.length);
  });

  it('refuses a step out of order, on a stale version, or by staff over it, writing nothing', async () => {
    await refusedWithoutWriting(
      () => test.call(AGENT, 'proxy', 'conclude', { caseId: c.id, version: c.version, opId: 'flow-early-1', outcome: 'approved' }),
      'CASE_STEP_OUT_OF_ORDER',
    );
    await refusedWithoutWriting(
      () => test.call(AGENT, 'proxy', 'send', { caseId: c.id, version: c.version - 1, opId: 'flow-stale-1', sentOn: TODAY }),
      'CONFLICT',
    );
    await refusedWithoutWriting(
      () => test.call(TOWNSHIP, 'proxy', 'send', { caseId: c.id, version: c.version, opId: 'flow-staff-1', sentOn: TODAY }),
      'FORBIDDEN',
    );
    await refusedWithoutWriting(
      () => test.call(RESIDENT, 'proxy', 'rate', { caseId: c.id, opId: 'flow-rate-early', stars: 5 }),
      'CASE_STEP_OUT_OF_ORDER',
    );
  });

  it('is sent, concluded and handed back with a signature; a witness must be named', async () => {
    c = dataOf(await test.call(AGENT, 'proxy', 'send', { caseId: c.id, version: c.version, opId: 'flow-send-1', sentOn: TODAY }));
    expect(c).toMatchObject({ stage: 'conclude', sentOn: TODAY, office: { name: '乡派出所户籍窗口' } });
    await refusedWithoutWriting(
      () => test.call(AGENT, 'proxy', 'conclude', { caseId: c.id, version: c.version, opId: 'flow-no-reason', outcome: 'rejected' }),
      'INVALID_INPUT',
    );
    c = dataOf(
      await test.call(AGENT, 'proxy', 'conclude', { caseId: c.id, version: c.version, opId: 'flow-conclude-1', outcome: 'approved' }),
    );
    const handBack = {
      caseId: c.id,
      version: c.version,
      opId: 'flow-back-1',
      items: '新身份证1张',
      signer: 'witness' as const,
      signature: `cloud://local/${uploadFolder('proxy', AGENT)}sig.png`,
    };
    await refusedWithoutWriting(() => test.call(AGENT, 'proxy', 'handBack', handBack), 'INVALID_INPUT');
    figuresBefore = dataOf(await test.call(TOWNSHIP, 'proxy', 'figures', MONTH)).rows.find((row) => row.agentId === AGENT);
    c = dataOf(await test.call(AGENT, 'proxy', 'handBack', { ...handBack, witnessName: '汪大山' }));
    expect(c).toMatchObject({
      stage: 'done',
      deadline: null,
      returned: { items: '新身份证1张', signer: 'witness', witnessName: '汪大山' },
    });
    expect(c.timeline.map((entry) => entry.step)).toEqual(['open', 'receive', 'receive', 'send', 'conclude', 'handBack']);
    expect(c.timeline.at(-1)?.what).toBe('交还：新身份证1张（见证人汪大山签收）');
  });

  it("is seen by its resident, who rates it once; it counts in the agent's figures", async () => {
    const mine = dataOf(await test.call(RESIDENT, 'proxy', 'myCases', {}));
    expect(mine.items.map((item) => item.id)).toContain(c.id);
    const seen = dataOf(await test.call(RESIDENT, 'proxy', 'caseDetail', { caseId: c.id }));
    expect(seen).toMatchObject({ canRate: true, canAct: false, residentPhone: null });
    const rated = dataOf(await test.call(RESIDENT, 'proxy', 'rate', { caseId: c.id, opId: 'flow-rate-1', stars: 4, comment: '省了跑路' }));
    expect(rated).toMatchObject({ rating: { stars: 4, comment: '省了跑路' }, canRate: false });
    await refusedWithoutWriting(
      () => test.call(RESIDENT, 'proxy', 'rate', { caseId: c.id, opId: 'flow-rate-2', stars: 1 }),
      'ALREADY_RATED',
    );
    const after = dataOf(await test.call(TOWNSHIP, 'proxy', 'figures', MONTH)).rows.find((row) => row.agentId === AGENT);
    expect(after).toMatchObject({
      agentName: '汪德华',
      handled: (figuresBefore?.handled ?? 0) + 1,
      onTime: (figuresBefore?.onTime ?? 0) + 1,
      ratings: (figuresBefore?.ratings ?? 0) + 1,
    });
    // A grid member sees their own row only; staff elsewhere see none of 湖滨村's agents.
    const own = dataOf(await test.call('demo-grid-guo', 'proxy', 'figures', MONTH));
    expect(own.rows.every((row) => row.agentId === 'demo-grid-guo')).toBe(true);
    const elsewhere = dataOf(await test.call('demo-staff-taihua', 'proxy', 'figures', MONTH));
    expect(elsewhere.rows.find((row) => row.agentId === AGENT)).toBeUndefined();
  });
});

describe('the catalogue', () => {
  it('keeps an open case on the version of the item it was opened with, and opens none from a retired item', async () => {
    const opened = dataOf(await open('flow-snapshot-1', 'pi-pension')).case;
    const catalogue = dataOf(await test.call(ADMIN, 'proxy', 'catalogue', { includeRetired: true }));
    expect(catalogue.editable).toBe(true);
    const pension = catalogue.items.find((item) => item.id === 'pi-pension');
    if (!pension) throw new Error('pi-pension missing');
    const { id, office, ...fields } = pension;
    const edit = { ...fields, itemId: id, officeName: office.name, materials: ['身份证'], active: false };
    const saved = dataOf(await test.call(ADMIN, 'proxy', 'saveItem', edit));
    expect(saved).toMatchObject({ version: 2, active: false, materials: ['身份证'] });
    // Another administrator's save on the version they saw (now stale) would overwrite this one: refused, nothing written.
    await refusedWithoutWriting(() => test.call(ADMIN, 'proxy', 'saveItem', { ...edit, guide: '旧页面上的修改' }), 'CONFLICT');
    await refusedWithoutWriting(() => test.call(ADMIN, 'proxy', 'saveItem', { ...edit, version: undefined }), 'INVALID_INPUT');
    const still = dataOf(await test.call(AGENT, 'proxy', 'caseDetail', { caseId: opened.id }));
    expect(still.materials).toEqual(opened.materials);
    expect(dataOf(await test.call(AGENT, 'proxy', 'catalogue', {})).items.map((item) => item.id)).not.toContain('pi-pension');
    await refusedWithoutWriting(() => open('flow-retired-1', 'pi-pension'), 'PROXY_ITEM_RETIRED');
  });

  it('is edited only by the administrator of the whole deployment', async () => {
    const item = {
      clientKey: 'flow-item-1',
      name: '测试事项',
      materials: ['身份证'],
      officeName: '乡政府',
      stageDays: { receive: 1, send: 1, conclude: 1, handBack: 1 },
    };
    await refusedWithoutWriting(() => test.call('demo-staff-county', 'proxy', 'saveItem', item), 'FORBIDDEN');
    await refusedWithoutWriting(() => test.call(ADMIN, 'proxy', 'saveItem', { ...item, departmentId: 'dep-nowhere' }), 'INVALID_INPUT');
    await refusedWithoutWriting(() => test.call(ADMIN, 'proxy', 'saveItem', { ...item, name: '农机购置补贴申领' }), 'INVALID_INPUT');
  });
});
