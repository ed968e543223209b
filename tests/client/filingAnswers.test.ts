/**
 * Answers to a category's extra questions on the filing form
 * (src/packages/requests/new/answers.ts, filing.ts) and in the outbox: each
 * checked at its own field on the second screen, sent as the contract types
 * them, kept with a filing saved offline and sent with it later, and a
 * refusal because the questions changed meanwhile kept on the saved card.
 */
import type { CategoryQuestion, FormOptionsDto } from '@contract';
import { answersPayload, answerProblems } from '@/packages/requests/new/answers';
import { filingOf, refusalProblems, stepWithProblem, whatProblems } from '@/packages/requests/new/filing';
import { CloudError } from '@/services/errors';
import { emptyDraft } from '@/state/requestDraft';
import { phone } from './support/fakeTaro';
import { requestsFunction } from './support/requestsFunction';

const QUESTIONS: CategoryQuestion[] = [
  { id: 'q1', kind: 'number', label: '耕地面积', required: true, min: 0, max: 500, unit: '亩' },
  { id: 'q2', kind: 'yesNo', label: '是否急需', required: false },
  { id: 'q3', kind: 'text', label: '补充说明', required: false, maxLength: 4 },
];
const OPTIONS = {
  categories: [{ id: 'farm', name: '农机补贴', icon: 'money', timeLimitDays: 5, questions: QUESTIONS }],
  homeGrid: null,
  servedGrids: [],
  hasName: true,
  hasPhone: true,
  contactPhone: null,
  phoneVerified: false,
  subscribeTemplateIds: [],
} satisfies FormOptionsDto;
const draftWith = (answers: Record<string, string | boolean>) => ({
  ...emptyDraft(),
  clientKey: 'key-answers-0001',
  categoryId: 'farm',
  categoryName: '农机补贴',
  text: '想申请农机补贴',
  answers,
});

describe('the form', () => {
  it('marks a missing required answer, a number that is not one, and a text over its limit, on the second screen', () => {
    const problems = whatProblems(draftWith({ q3: '五个字以上' }), OPTIONS);
    expect(problems).toEqual(expect.objectContaining({ 'answer.q1': '请回答这个问题', 'answer.q3': expect.stringContaining('1') }));
    expect(answerProblems(QUESTIONS, { q1: '三亩' })['answer.q1']).toBe('请填写数字');
    expect(answerProblems(QUESTIONS, { q1: '600' })['answer.q1']).toBe('请填写0到500之间的数');
    expect(stepWithProblem(problems)).toBe(2);
  });

  it('sends the answers as the contract types them: numbers as numbers, blanks left out, only the category’s questions', () => {
    const filing = filingOf(draftWith({ q1: ' 12.5 ', q2: false, q3: '  ', q9: '别的类别的' }), OPTIONS, 'g-hubin-1', 'farm');
    expect(filing.payload.answers).toEqual({ q1: 12.5, q2: false });
    expect(answersPayload([], { q1: '3' })).toEqual({});
  });

  it('marks the server’s hint at the question it names', () => {
    const problems = refusalProblems(
      new CloudError('INVALID_INPUT', '补充问题还有没答好的', [{ path: 'answers.q1', message: '请回答“耕地面积”' }]),
    );
    expect(problems).toEqual({ 'answer.q1': '请回答“耕地面积”' });
    expect(stepWithProblem(problems)).toBe(2);
  });
});

describe('a filing with answers saved on the phone', () => {
  type Outbox = typeof import('@/state/requestOutbox') & typeof import('@/state/requestFiling');
  const load = (): Outbox => ({
    ...jest.requireActual<typeof import('@/state/requestOutbox')>('@/state/requestOutbox'),
    ...jest.requireActual<typeof import('@/state/requestFiling')>('@/state/requestFiling'),
  });
  let outbox: Outbox;
  const settle = async () => {
    for (let i = 0; i < 20; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
  };
  afterEach(() => {
    jest.clearAllTimers();
    jest.useRealTimers();
  });
  beforeEach(() => {
    phone.reset();
    jest.useFakeTimers({ doNotFake: ['setTimeout', 'nextTick', 'setImmediate', 'queueMicrotask'] });
    jest.isolateModules(() => {
      outbox = load();
    });
  });

  it('keeps its answers across a restart and sends them when the network returns', async () => {
    requestsFunction();
    phone.online = false;
    expect(await outbox.fileRequest(filingOf(draftWith({ q1: '8', q2: true }), OPTIONS, 'g-hubin-1', 'farm'), [], '农机补贴')).toBeNull();
    jest.isolateModules(() => {
      outbox = load();
    });
    outbox.startOutboxSync();
    phone.reconnect();
    await settle();
    expect(phone.callsOf('submit').map((call) => call.payload.answers)).toEqual([{ q1: 8, q2: true }]);
  });

  it('refused because the questions changed meanwhile, stays on the phone with the server’s words for the saved card', async () => {
    requestsFunction(() => ({ code: 'QUESTIONS_CHANGED', message: '这个类别的补充问题刚刚改过了，请按新的问题重新填写' }));
    phone.online = false;
    await outbox.fileRequest(filingOf(draftWith({ q1: '8' }), OPTIONS, 'g-hubin-1', 'farm'), [], '农机补贴');
    outbox.startOutboxSync();
    phone.reconnect();
    await settle();
    expect(outbox.pendingRequests()).toEqual([
      expect.objectContaining({
        status: 'failed',
        code: 'QUESTIONS_CHANGED',
        error: '这个类别的补充问题刚刚改过了，请按新的问题重新填写',
        payload: expect.objectContaining({ answers: { q1: 8 } }),
      }),
    ]);
  });
});
