import type { FailEnvelope, RequestDetailDto } from '../../cloudfunctions/contract';
import { envelopeCode } from '../support/codes';
import { snapshotStore } from '../support/snapshotStore';
import { dataOf, type TestCloud } from '../support/testCloud';
import { administrationCloud } from '../support/villageAdmin';
import { key } from './support/requests';
import { versionOf } from './support/personVersion';

/**
 * A category the county's administrator adds with extra questions, filed
 * with answers through the real SDK: the answers are checked against the
 * category's questions as they are now, kept on the request with the words
 * asked, and shown to the resident and the handler. A refused filing writes
 * nothing.
 */
const suite = administrationCloud();
let test: TestCloud;
beforeEach(() => {
  test = suite.current;
});

const FARM = {
  name: '农机补贴',
  icon: 'money',
  timeLimitDays: 5,
  questions: [
    { kind: 'number' as const, label: '耕地面积', required: true, min: 0, max: 10000, unit: '亩' },
    { kind: 'choice' as const, label: '农机种类', required: false, options: ['拖拉机', '收割机'] },
  ],
};

async function addFarmCategory(): Promise<string> {
  return dataOf(await test.call('demo-admin', 'admin', 'saveCategory', { ...FARM, clientKey: 'farm-category-1' })).category.id;
}

function submit(categoryId: string, answers: Record<string, string | number | boolean>) {
  return test.raw('demo-resident-wang', 'requests', {
    action: 'submit',
    payload: {
      clientKey: key('farm'),
      gridId: 'g-hubin-1',
      categoryId,
      text: '想申请今年的农机购置补贴。',
      photos: [],
      publicName: false,
      answers,
    },
  });
}

it('a category added with questions is offered with them, and a filing keeps its answers for the resident and the handler (no extra read)', async () => {
  const categoryId = await addFarmCategory();
  const options = dataOf(await test.call('demo-resident-wang', 'requests', 'formOptions', {}));
  const offered = options.categories.find((category) => category.id === categoryId);
  expect(offered?.questions.map((question) => [question.id, question.label])).toEqual([
    ['q1', '耕地面积'],
    ['q2', '农机种类'],
  ]);
  const { body, dbActions } = await submit(categoryId, { q1: 12.5, q2: '收割机' });
  expect(dbActions).toBe(3);
  const { request } = dataOf(body as never) as { request: RequestDetailDto };
  const words = [
    { questionId: 'q1', label: '耕地面积', kind: 'number', value: 12.5, text: '12.5 亩' },
    { questionId: 'q2', label: '农机种类', kind: 'choice', value: '收割机', text: '收割机' },
  ];
  expect(request.answers).toEqual(words);
  // The question is reworded afterwards: the request keeps what was asked and answered.
  const current = dataOf(await test.call('demo-admin', 'admin', 'categories', {})).categories.find(
    (category) => category.id === categoryId,
  )!;
  const reworded = current.questions.map((question) => (question.id === 'q1' ? { ...question, label: '承包地面积' } : question));
  dataOf(await test.call('demo-admin', 'admin', 'saveCategory', { ...FARM, categoryId, version: current.version, questions: reworded }));
  const own = dataOf(await test.call('demo-resident-wang', 'requests', 'detail', { requestId: request.id }));
  expect(own.answers).toEqual(words);
  const handlerId = test.cloud.store.find('requests', { _id: request.id })[0].openHandlerId as string;
  expect(dataOf(await test.call(handlerId, 'requests', 'detail', { requestId: request.id })).answers).toEqual(words);
});

it('a grid member filing 代办 answers the questions too', async () => {
  const categoryId = await addFarmCategory();
  const filed = dataOf(
    await test.call('demo-grid-wang', 'requests', 'fileOnBehalf', {
      clientKey: key('proxy'),
      gridId: 'g-hubin-1',
      categoryId,
      text: '替汪大爷申请农机补贴。',
      photos: [],
      publicName: false,
      residentName: '汪大爷',
      household: '汪屋组3号',
      residentPhone: '13905569999',
      answers: { q1: 4 },
    }),
  );
  expect(filed.request.answers).toEqual([{ questionId: 'q1', label: '耕地面积', kind: 'number', value: 4, text: '4 亩' }]);
});

describe('a filing whose answers do not fit is refused and writes nothing', () => {
  it.each([
    ['a required question left out', { q2: '拖拉机' }, 'INVALID_INPUT', ['answers.q1']],
    ['a number given as words', { q1: '十亩' }, 'INVALID_INPUT', ['answers.q1']],
    ['a number out of range', { q1: 20000 }, 'INVALID_INPUT', ['answers.q1']],
    ['an option not offered', { q1: 3, q2: '插秧机' }, 'INVALID_INPUT', ['answers.q2']],
    ['an answer to a question the category does not ask', { q1: 3, q9: '旧问题' }, 'QUESTIONS_CHANGED', []],
  ])('%s', async (_case, answers, code, fields) => {
    const categoryId = await addFarmCategory();
    const before = await snapshotStore(test);
    const { body } = await submit(categoryId, answers);
    expect(envelopeCode(body as never)).toBe(code);
    expect(((body as FailEnvelope).fields ?? []).map((field) => field.path)).toEqual(fields);
    expect(await snapshotStore(test)).toBe(before);
  });

  it('a retired category', async () => {
    const categoryId = await addFarmCategory();
    dataOf(await test.call('demo-admin', 'admin', 'setCategoryActive', { categoryId, version: 1, active: false }));
    const options = dataOf(await test.call('demo-resident-wang', 'requests', 'formOptions', {}));
    expect(options.categories.map((category) => category.id)).not.toContain(categoryId);
    const before = await snapshotStore(test);
    const { body } = await submit(categoryId, { q1: 3 });
    expect(envelopeCode(body as never)).toBe('INVALID_INPUT');
    expect(await snapshotStore(test)).toBe(before);
  });
});

it('a retired category stays on the requests filed under it and comes back on restore', async () => {
  const categoryId = await addFarmCategory();
  const { body } = await submit(categoryId, { q1: 3 });
  const { request } = dataOf(body as never) as { request: RequestDetailDto };
  dataOf(await test.call('demo-admin', 'admin', 'setCategoryActive', { categoryId, version: 1, active: false }));
  expect(dataOf(await test.call('demo-resident-wang', 'requests', 'detail', { requestId: request.id }))).toMatchObject({
    categoryId,
    categoryName: '农机补贴',
  });
  const restored = dataOf(await test.call('demo-admin', 'admin', 'setCategoryActive', { categoryId, version: 2, active: true }));
  expect(restored.category).toMatchObject({ active: true, version: 3 });
  const options = dataOf(await test.call('demo-resident-wang', 'requests', 'formOptions', {}));
  expect(options.categories.map((category) => category.id)).toContain(categoryId);
});

it('puts the categories in a new order, which the filing form follows', async () => {
  const all = dataOf(await test.call('demo-admin', 'admin', 'categories', {})).categories.map((category) => category.id);
  const reversed = [...all].reverse();
  const ordered = dataOf(await test.call('demo-admin', 'admin', 'setCategoryOrder', { categoryIds: reversed }));
  expect(ordered.categories.map((category) => category.id)).toEqual(reversed);
  const options = dataOf(await test.call('demo-resident-wang', 'requests', 'formOptions', {}));
  expect(options.categories.map((category) => category.id)).toEqual(reversed);
});

it('a grid duty and a department keep a retired category they already name, and no new one may take it', async () => {
  const duty = { title: '网格员', categoryIds: ['environment', 'jobs'], firstResponsible: true };
  dataOf(
    await test.call('demo-admin', 'admin', 'setGridDuty', {
      version: versionOf(test, 'demo-grid-wang'),
      userId: 'demo-grid-wang',
      gridId: 'g-hubin-1',
      duty,
    }),
  );
  dataOf(await test.call('demo-admin', 'admin', 'setCategoryActive', { categoryId: 'jobs', version: 0, active: false }));
  // Saved again as the editors show them, the retired id still on each.
  dataOf(
    await test.call('demo-admin', 'admin', 'setGridDuty', {
      version: versionOf(test, 'demo-grid-wang'),
      userId: 'demo-grid-wang',
      gridId: 'g-hubin-1',
      duty: { ...duty, title: '网格长' },
    }),
  );
  const { departments } = dataOf(await test.call('demo-admin', 'admin', 'departments', { placeId: 't-liangquan' }));
  const renshe = {
    departmentId: 'dep-liangquan-renshe',
    version: departments.find((d) => d.id === 'dep-liangquan-renshe')!.version,
    placeId: 't-liangquan',
    name: '凉泉乡人社所',
    categoryIds: ['jobs', 'proxy'],
    active: true,
  };
  dataOf(await test.call('demo-admin', 'admin', 'saveDepartment', renshe));
  const before = await snapshotStore(test);
  const newDuty = await test.call('demo-admin', 'admin', 'setGridDuty', {
    version: versionOf(test, 'demo-grid-zhou'),
    userId: 'demo-grid-zhou',
    gridId: 'g-hubin-1',
    duty: { ...duty, firstResponsible: false },
  });
  const newDepartment = await test.call('demo-admin', 'admin', 'saveDepartment', {
    clientKey: key('dep'),
    placeId: 't-liangquan',
    name: '凉泉乡就业站',
    categoryIds: ['jobs'],
    active: true,
  });
  expect([envelopeCode(newDuty), envelopeCode(newDepartment)]).toEqual(['INVALID_INPUT', 'INVALID_INPUT']);
  expect(await snapshotStore(test)).toBe(before);
});
