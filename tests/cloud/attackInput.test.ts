import type { RequestDetailDto } from '../../cloudfunctions/contract';
import { uploadFolder } from '../../cloudfunctions/shared/uploadFolder';
import { snapshotStore } from '../support/snapshotStore';
import { dataOf, startTestCloud, type TestCloud } from '../support/testCloud';
import { OPENING_FOR_WANG } from './support/proxyOpening';
import { refusedWithoutTrace } from './support/refusedWithoutTrace';
import { file, key, step, stepRaw } from './support/requests';

/**
 * Text an attacker (or a paste from an article) can send that looks like
 * something else: invisible characters only, a name that differs from
 * another by an invisible character, direction overrides that reorder what
 * staff read; and object keys that aim at the prototype. Each is refused
 * with a Chinese message and writes nothing, or kept as what it visibly is.
 */
let test: TestCloud;
beforeAll(async () => {
  test = await startTestCloud();
});
afterAll(() => test.close());

const ZWSP = '\u200b';
const RLO = '\u202e';
const expectRefused = (call: () => Promise<unknown>, code = 'INVALID_INPUT') => refusedWithoutTrace(test, call, code);

const category = { clientKey: 'attack-category-1', icon: 'money', timeLimitDays: 5, questions: [] };
const item = {
  clientKey: 'attack-item-1',
  materials: ['身份证'],
  officeName: '乡卫健办',
  stageDays: { receive: 1, send: 2, conclude: 20, handBack: 2 },
};

describe('invisible text', () => {
  it('a category named with invisible characters only is refused', async () => {
    await expectRefused(() => test.call('demo-admin', 'admin', 'saveCategory', { ...category, name: ZWSP.repeat(4) }));
  });

  it('a category named like an active one but for an invisible character is the same name', async () => {
    await expectRefused(
      () => test.call('demo-admin', 'admin', 'saveCategory', { ...category, name: `政策${ZWSP}咨询` }),
      'CATEGORY_NAME_TAKEN',
    );
  });

  it('a proxy item whose material is invisible is refused', async () => {
    await expectRefused(() =>
      test.call('demo-admin', 'proxy', 'saveItem', { ...item, name: '独生子女奖扶', materials: ['身份证', `${ZWSP}\u2060`] }),
    );
  });

  it('an explanation of invisible characters only is refused; direction overrides are not kept', async () => {
    const filed = await file(test, 'demo-resident-wang', { text: `看不见的字 ${Date.now()}` });
    const accepted = await step(test, 'demo-grid-wang', 'accept', filed);
    await expectRefused(() => stepRaw(test, 'demo-grid-wang', 'explain', accepted, { explanation: `${ZWSP}\ufeff${ZWSP}` }));
    const explained = dataOf(
      await stepRaw(test, 'demo-grid-wang', 'explain', accepted, { explanation: `暂时办不了${RLO}，已当面说明` }),
    ) as RequestDetailDto;
    expect(explained.resolution?.text).toBe('暂时办不了，已当面说明');
  });

  it('half an emoji (a lone surrogate, which no database stores as sent) is not kept', async () => {
    const filed = await file(test, 'demo-resident-wang', { text: `半个表情\ud83d ${Date.now()}` });
    expect(filed.text).not.toMatch(/[\ud800-\udfff]/);
    expect(filed.text.startsWith('半个表情 ')).toBe(true);
  });

  it('an emoji joined by zero-width joiners is kept whole', async () => {
    const family = '\u{1f468}\u200d\u{1f469}\u200d\u{1f467}';
    const filed = await file(test, 'demo-resident-wang', { text: `一家人 ${family} ${Date.now()}` });
    expect(filed.text).toContain(family);
  });
});

describe('prototype keys', () => {
  const submit = (answers: unknown) =>
    test.raw('demo-resident-wang', 'requests', {
      action: 'submit',
      payload: { clientKey: key('proto'), gridId: 'g-hubin-1', categoryId: 'policy', text: '想问一下政策。', photos: [], answers },
    });

  it.each([
    ['__proto__', JSON.parse('{"__proto__": {"polluted": "yes"}}') as unknown],
    ['constructor', { constructor: { prototype: { polluted: 'yes' } } }],
    ['prototype', { prototype: 'x' }],
  ])('answers keyed %s are refused and pollute nothing', async (_label, answers) => {
    const before = await snapshotStore(test);
    const { body } = await submit(answers);
    expect(body).toEqual(expect.objectContaining({ ok: false, code: 'INVALID_INPUT' }));
    expect(await snapshotStore(test)).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a proxy item whose stage days carry __proto__ is refused', async () => {
    const stageDays = JSON.parse('{"receive": 1, "send": 2, "conclude": 20, "handBack": 2, "__proto__": {"receive": 99}}') as unknown;
    await expectRefused(() =>
      test.raw('demo-admin', 'proxy', { action: 'saveItem', payload: { ...item, name: '原型', stageDays } }).then((r) => r.body),
    );
  });
});

describe("another person's uploads", () => {
  const mine = uploadFolder('proxy', 'demo-grid-wang');
  const theirs = uploadFolder('proxy', 'demo-grid-guo');
  const file = (folder: string, name: string) => `cloud://local-dev.6c6f-local-dev-1300000000/${folder}${name}`;

  it('the agent is told where to upload, and a case is opened with photos from there only', async () => {
    const catalogue = dataOf(await test.call('demo-grid-wang', 'proxy', 'catalogue', {}));
    expect(catalogue.uploadFolder).toBe(mine);
    expect(dataOf(await test.call('demo-resident-wang', 'proxy', 'catalogue', {})).uploadFolder).toBeNull();
    const open = { ...OPENING_FOR_WANG, checked: ['户口簿'] };
    await expectRefused(
      () => test.call('demo-grid-wang', 'proxy', 'openCase', { ...open, clientKey: key('foreign'), photos: [file(theirs, 'id-card.jpg')] }),
      'NOT_YOUR_UPLOAD',
    );
    const opened = dataOf(
      await test.call('demo-grid-wang', 'proxy', 'openCase', { ...open, clientKey: key('own'), photos: [file(mine, 'hukou.jpg')] }),
    );
    expect(opened.case.photos.map((photo) => photo.fileID)).toEqual([file(mine, 'hukou.jpg')]);
    expect(opened.case.uploadFolder).toBe(mine);
  });

  it('收件 and 交还 refuse a photo or a signature from another agent, writing nothing', async () => {
    await expectRefused(
      () =>
        test.call('demo-grid-wang', 'proxy', 'receive', {
          caseId: 'pc-demo-rcv1',
          version: 0,
          opId: key('rcv'),
          checked: ['住院发票原件'],
          photos: [file(mine, 'a.jpg'), file(theirs, 'b.jpg')],
        }),
      'NOT_YOUR_UPLOAD',
    );
    await expectRefused(
      () =>
        test.call('demo-grid-wang', 'proxy', 'handBack', {
          caseId: 'pc-demo-ret1',
          version: 2,
          opId: key('ret'),
          items: '新身份证1张',
          signer: 'resident',
          signature: file(theirs, 'signature.png'),
        }),
      'NOT_YOUR_UPLOAD',
    );
  });
});
