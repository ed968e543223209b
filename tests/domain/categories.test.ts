import type { Category } from '../../cloudfunctions/domain/catalog/Category';
import { orderCategories, setCategoryActive } from '../../cloudfunctions/domain/catalog/categoryLifecycle';
import type { CategoryQuestion, QuestionDraft } from '../../cloudfunctions/domain/catalog/categoryQuestions';
import { answersInWords, checkAnswers } from '../../cloudfunctions/domain/catalog/checkAnswers';
import { saveCategory, type CategoryInput } from '../../cloudfunctions/domain/catalog/saveCategory';
import { fileRequest } from '../../cloudfunctions/domain/requests/fileRequest';
import { DomainError } from '../../cloudfunctions/domain/shared/DomainError';
import { context, MONDAY, user } from './support/requests';

const admin = user('admin', { roles: ['resident', 'staff', 'admin'], staffScopeId: 'c1' });
const COUNTY = { parentId: null };
const TOWNSHIP = { parentId: 'c1' };
const LATER = new Date(MONDAY.getTime() + 60_000);

const seeded = (id: string, name: string, order: number, fields: Partial<Category> = {}): Category => ({
  _id: id,
  name,
  icon: 'home',
  timeLimitDays: 5,
  order,
  active: true,
  ...fields,
});
const ALL = [seeded('policy', '政策咨询', 1), seeded('security', '治安', 2), seeded('old', '旧类别', 3, { active: false })];
const AREA: QuestionDraft = { kind: 'number', label: '耕地面积', required: true, min: 0, max: 500, unit: '亩' };
const KIND: QuestionDraft = { kind: 'choice', label: '农机种类', required: false, options: ['拖拉机', '收割机'] };
const input = (fields: Partial<CategoryInput> = {}): CategoryInput => ({
  name: '农机补贴',
  icon: 'money',
  timeLimitDays: 5,
  questions: [AREA],
  ...fields,
});
const known = { all: ALL, newId: 'cat-new', now: MONDAY };

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  return 'ok';
}

function fieldsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return (error.fields ?? []).map((field) => field.path);
    throw error;
  }
  return [];
}

describe('adding and editing a category', () => {
  it('adds a category last, version 1, its new questions numbered', () => {
    const added = saveCategory(admin, COUNTY, null, input({ questions: [AREA, KIND] }), known);
    expect(added).toMatchObject({ _id: 'cat-new', order: 4, active: true, version: 1, nextQuestionNo: 3 });
    expect(added.questions?.map((question) => question.id)).toEqual(['q1', 'q2']);
    expect(added.history).toEqual([{ at: MONDAY, by: 'admin', what: '新建类别“农机补贴”' }]);
  });

  it('is for the county administrator only', () => {
    expect(codeOf(() => saveCategory(user('staff', { roles: ['staff'], staffScopeId: 'c1' }), COUNTY, null, input(), known))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(() => saveCategory(admin, TOWNSHIP, null, input(), known))).toBe('OUT_OF_JURISDICTION');
  });

  it('keeps names unique among active categories; a retired one leaves its name free', () => {
    expect(codeOf(() => saveCategory(admin, COUNTY, null, input({ name: '治安' }), known))).toBe('CATEGORY_NAME_TAKEN');
    expect(codeOf(() => saveCategory(admin, COUNTY, null, input({ name: '旧类别' }), known))).toBe('ok');
    expect(codeOf(() => saveCategory(admin, COUNTY, ALL[1], { ...input({ name: '治安' }), expectedVersion: 0 }, known))).toBe('ok');
  });

  it('refuses an icon not in the list and a time limit out of range', () => {
    expect(fieldsOf(() => saveCategory(admin, COUNTY, null, input({ icon: 'rocket' }), known))).toEqual(['icon']);
    expect(fieldsOf(() => saveCategory(admin, COUNTY, null, input({ timeLimitDays: 61 }), known))).toEqual(['timeLimitDays']);
  });

  it('edits only the version the administrator saw', () => {
    const edited = saveCategory(admin, COUNTY, ALL[0], { ...input({ name: '政策咨询' }), expectedVersion: 0 }, { ...known, now: LATER });
    expect(edited).toMatchObject({ _id: 'policy', order: 1, version: 1, timeLimitDays: 5 });
    expect(edited.history?.[0].what).toBe('换了图标，调整了补充问题');
    expect(codeOf(() => saveCategory(admin, COUNTY, edited, { ...input(), expectedVersion: 0 }, known))).toBe('CONFLICT');
    expect(codeOf(() => saveCategory(admin, COUNTY, edited, input(), known))).toBe('INVALID_INPUT');
  });

  it('keeps an existing question id, never reuses a removed one, and refuses ids the category does not have', () => {
    const first = saveCategory(admin, COUNTY, null, input({ questions: [AREA, KIND] }), known);
    const [area] = first.questions as CategoryQuestion[];
    const second = saveCategory(admin, COUNTY, first, { ...input({ questions: [area, KIND] }), expectedVersion: 1 }, known);
    expect(second.questions?.map((question) => question.id)).toEqual(['q1', 'q3']);
    expect(
      codeOf(() => saveCategory(admin, COUNTY, second, { ...input({ questions: [{ ...AREA, id: 'q9' }] }), expectedVersion: 2 }, known)),
    ).toBe('CONFLICT');
  });

  it('checks each question: at most five, options 2–8 and distinct, min ≤ max, labels distinct', () => {
    const six = Array.from({ length: 6 }, (_, index): QuestionDraft => ({ kind: 'yesNo', label: `问题${index}`, required: false }));
    expect(codeOf(() => saveCategory(admin, COUNTY, null, input({ questions: six }), known))).toBe('INVALID_INPUT');
    const bad: QuestionDraft[] = [
      { kind: 'choice', label: '种类', required: true, options: ['甲'] },
      { kind: 'choice', label: '来源', required: true, options: ['井水', '井水'] },
      { kind: 'number', label: '人数', required: true, min: 10, max: 1, unit: '人' },
      { kind: 'text', label: '人数', required: false, maxLength: 400 },
    ];
    expect(fieldsOf(() => saveCategory(admin, COUNTY, null, input({ questions: bad }), known))).toEqual([
      'questions.0.options',
      'questions.1.options',
      'questions.2.max',
      'questions.3.maxLength',
      'questions.3.label',
    ]);
  });
});

describe('ordering, retiring and restoring', () => {
  it('moves categories to the order given, changing only those that move', () => {
    const moved = orderCategories(admin, COUNTY, ALL, ['security', 'policy', 'old'], MONDAY);
    expect(moved.map((category) => [category._id, category.order, category.version])).toEqual([
      ['security', 1, 1],
      ['policy', 2, 1],
    ]);
  });

  it('refuses an order that leaves out or repeats a category (one added or removed meanwhile)', () => {
    expect(codeOf(() => orderCategories(admin, COUNTY, ALL, ['security', 'policy'], MONDAY))).toBe('CONFLICT');
    expect(codeOf(() => orderCategories(admin, COUNTY, ALL, ['security', 'policy', 'policy'], MONDAY))).toBe('CONFLICT');
    expect(codeOf(() => orderCategories(admin, TOWNSHIP, ALL, ['security', 'policy', 'old'], MONDAY))).toBe('OUT_OF_JURISDICTION');
  });

  it('retires and restores on the version seen; a restore needs its name free; the last active one stays', () => {
    const retired = setCategoryActive(admin, COUNTY, ALL[1], { active: false, expectedVersion: 0 }, { all: ALL, now: MONDAY });
    expect(retired).toMatchObject({ active: false, version: 1, order: 2 });
    expect(codeOf(() => setCategoryActive(admin, COUNTY, retired, { active: true, expectedVersion: 0 }, { all: ALL, now: MONDAY }))).toBe(
      'CONFLICT',
    );
    const clash = [...ALL, seeded('new', '旧类别', 4)];
    expect(codeOf(() => setCategoryActive(admin, COUNTY, ALL[2], { active: true, expectedVersion: 0 }, { all: clash, now: MONDAY }))).toBe(
      'CATEGORY_NAME_TAKEN',
    );
    const alone = [ALL[0], { ...ALL[1], active: false }];
    expect(codeOf(() => setCategoryActive(admin, COUNTY, ALL[0], { active: false, expectedVersion: 0 }, { all: alone, now: MONDAY }))).toBe(
      'INVALID_INPUT',
    );
  });
});

describe('answers to a category’s questions', () => {
  const questions: CategoryQuestion[] = [
    { id: 'q1', kind: 'number', label: '耕地面积', required: true, min: 0, max: 500, unit: '亩' },
    { id: 'q2', kind: 'choice', label: '水源', required: false, options: ['自来水', '井水'] },
    { id: 'q3', kind: 'yesNo', label: '是否急需', required: true },
    { id: 'q4', kind: 'text', label: '补充说明', required: false, maxLength: 10 },
  ];

  it('keeps each answer with its question’s words, in the questions’ order', () => {
    const filed = checkAnswers(questions, { q3: false, q1: 3.5, q2: '井水', q4: '  ' });
    expect(filed).toEqual([
      { questionId: 'q1', label: '耕地面积', kind: 'number', value: 3.5, text: '3.5 亩' },
      { questionId: 'q2', label: '水源', kind: 'choice', value: '井水', text: '井水' },
      { questionId: 'q3', label: '是否急需', kind: 'yesNo', value: false, text: '否' },
    ]);
    expect(answersInWords(filed)).toBe('耕地面积：3.5 亩；水源：井水；是否急需：否');
  });

  it('marks each question missing or wrong at its own field', () => {
    expect(fieldsOf(() => checkAnswers(questions, { q1: '三亩', q2: '河水', q4: '这段说明超过了十个字的上限' }))).toEqual([
      'answers.q1',
      'answers.q2',
      'answers.q3',
      'answers.q4',
    ]);
    expect(fieldsOf(() => checkAnswers(questions, { q1: 501, q3: 'yes' }))).toEqual(['answers.q1', 'answers.q3']);
  });

  it('refuses an answer to a question the category no longer asks', () => {
    expect(codeOf(() => checkAnswers(questions, { q1: 1, q3: true, q7: '旧问题' }))).toBe('QUESTIONS_CHANGED');
  });

  it('files what it has when there is no form to answer on (a 留言 or a visit problem)', () => {
    expect(checkAnswers(questions, {}, { requireAnswers: false })).toEqual([]);
  });

  it('the request keeps the answers as filed, whatever the category later asks', () => {
    const answers = checkAnswers(questions, { q1: 3, q3: true });
    const routing = context({});
    const { request } = fileRequest(
      {
        id: 'rq1',
        code: 'QS1',
        clientKey: 'key-00000001',
        now: MONDAY,
        filer: user('res'),
        resident: { id: 'res', name: '王秀英', phone: '', phoneVerified: false, household: null },
        proxy: false,
        placeIds: ['c1', 't1', 'v1', 'g1'],
        category: { id: 'farm', name: '农机补贴', timeLimitDays: 5 },
        text: '想申请农机补贴',
        answers,
        photos: [],
        location: null,
        publicName: false,
      },
      routing,
      { holidays: [], workdays: [] },
    );
    questions[0].label = '改过的问题';
    expect(request.answers?.[0]).toMatchObject({ label: '耕地面积', text: '3 亩' });
  });
});
