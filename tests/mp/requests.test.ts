/**
 * @jest-environment jsdom
 *
 * The 诉求 pages of the compiled weapp build (see home.test.ts for the
 * harness): filing starts with the big category buttons and offers similar
 * requests; the detail page shows the steps the server allows and sends
 * each with the version seen and a retry key; a lost race keeps the words.
 */
import { bootWeapp, fail, ok, waitFor, waitForText, type CloudCall, type WeappHarness } from './support/weapp';

const place = (id: string, name: string, level: string) => ({ id, name, level });

const options = {
  categories: [
    { id: 'environment', name: '环境卫生', icon: 'trash', timeLimitDays: 3 },
    { id: 'mediation', name: '矛盾调解', icon: 'heart', timeLimitDays: 5 },
  ],
  homeGrid: {
    grid: place('g-hubin-1', '第一网格', 'grid'),
    village: place('v-hubin', '湖滨村', 'village'),
    township: place('t-liangquan', '凉泉乡', 'township'),
  },
  servedGrids: [],
  hasName: true,
  hasPhone: true,
  contactPhone: '13905560101',
  phoneVerified: true,
  subscribeTemplateIds: ['tmpl-progress'],
};

function detail(overrides: Record<string, unknown> = {}) {
  return {
    id: 'rq1',
    code: 'QS000001',
    state: 'accepted',
    stateLabel: '办理中',
    categoryId: 'environment',
    categoryName: '环境卫生',
    excerpt: '垃圾池满了',
    gridId: 'g-hubin-1',
    place: '湖滨村 第一网格',
    createdAt: '2026-11-23T02:00:00.000Z',
    updatedAt: '2026-11-23T03:00:00.000Z',
    handler: { name: '汪德华', title: '网格长', level: 'grid', place: '第一网格' },
    queued: false,
    deadline: '2026-11-26T15:59:59.999Z',
    countdown: { overdue: false, days: 3, label: '剩3个工作日' },
    relation: 'handling',
    proxy: false,
    residentLabel: '王秀英',
    version: 2,
    text: '垃圾池满了好几天没人清运',
    photos: [],
    location: null,
    resident: { name: '王秀英', phone: '13905560101', phoneVerified: true, household: null },
    routingReason: '按 网格+类别 分派给 汪德华（网格长）',
    resolution: null,
    rating: null,
    rejection: null,
    answers: [],
    county: null,
    outcome: null,
    plan: null,
    followers: 0,
    following: false,
    timeline: [
      {
        id: 'v1-0',
        at: '2026-11-23T02:00:00.000Z',
        actor: '王秀英',
        what: '提交了诉求（环境卫生）',
        note: null,
        photos: [],
        state: 'submitted',
        internal: false,
      },
    ],
    allowed: ['addNote', 'resolve', 'escalate', 'suspend', 'reject'],
    ...overrides,
  };
}

let harness: WeappHarness;
beforeEach(() => {
  harness = bootWeapp();
});

const calls = (action: string): CloudCall[] => harness.cloudCalls.filter((c) => c.action === action);
/** The step panel's text box (simulate's querySelector misses native textareas; querySelectorAll finds them). */
const textBox = (page: ReturnType<WeappHarness['openPage']>) => page.querySelectorAll('.gt-step-panel__text')[0];

test('filing starts with big category buttons, then asks what happened and shows similar requests', async () => {
  harness.setCloudHandler((call) => {
    if (call.action === 'formOptions') return ok(options);
    if (call.action === 'similar') {
      return ok({
        items: [
          {
            id: 'rq0',
            code: 'QS0',
            excerpt: '村口垃圾池满了',
            stateLabel: '已分派',
            createdAt: '2026-11-22T02:00:00.000Z',
            followers: 2,
            following: false,
            own: false,
            residentLabel: '群众',
          },
        ],
      });
    }
    return fail('UNKNOWN_ACTION', '暂不支持这个操作');
  });
  const page = harness.openPage('packages/requests/new/index');
  await waitForText(page, (t) => t.includes('矛盾调解'));
  expect(page.querySelectorAll('.gt-categories__name').map((n) => n.dom.textContent)).toEqual(['环境卫生', '矛盾调解']);

  page.querySelectorAll('.gt-categories__item')[0].dispatchEvent('tap');
  const text = await waitForText(page, (t) => t.includes('此问题已有人反映'));
  expect(text).toContain('第2步，共3步');
  expect(text).toContain('村口垃圾池满了');
  expect(text).toContain('我也关注');
  expect(calls('similar')[0].payload).toEqual({ gridId: 'g-hubin-1', categoryId: 'environment' });
  // The form is kept on the device as it is filled in.
  expect(harness.storage.get('gt.requestDraft')).toEqual(expect.objectContaining({ step: 2, categoryId: 'environment' }));
});

test('the detail page offers the allowed steps and sends one with the version seen and a retry key', async () => {
  let current = detail();
  harness.setCloudHandler((call) => {
    if (call.action === 'detail') return ok(current);
    if (call.action === 'resolve') {
      current = detail({ state: 'resolved', stateLabel: '已办结待评价', version: 3, allowed: ['addNote'], countdown: null });
      return ok(current);
    }
    return fail('UNKNOWN_ACTION', '暂不支持这个操作');
  });
  const page = harness.openPage('packages/requests/detail/index', { id: 'rq1' });
  await waitForText(page, (t) => t.includes('剩3个工作日'));
  const labels = page.querySelectorAll('.gt-request__action .gt-button').map((b) => b.dom.textContent?.trim());
  expect(labels).toEqual(['记录办理情况', '办结', '上报上级', '暂停办理', '不予受理']);

  page.querySelectorAll('.gt-request__action .gt-button')[1].dispatchEvent('tap');
  await waitFor(() => textBox(page) !== undefined, 'the outcome box');
  textBox(page).dispatchEvent('input', { detail: { value: '已清运干净' } });
  const buttons = page.querySelectorAll('.gt-step-panel .gt-button');
  buttons[buttons.length - 1].dispatchEvent('tap');
  await waitForText(page, (t) => t.includes('已办结待评价'));
  expect(calls('resolve')).toHaveLength(1);
  expect(calls('resolve')[0].payload).toEqual({
    requestId: 'rq1',
    version: 2,
    opId: expect.stringMatching(/^op-[a-z0-9]+-[a-z0-9]+$/),
    outcome: '已清运干净',
    photos: [],
  });
});

test('when someone else acted first the page says so, reloads, and keeps what was typed', async () => {
  let reloads = 0;
  harness.setCloudHandler((call) => {
    if (call.action === 'detail') {
      reloads += 1;
      return ok(detail());
    }
    if (call.action === 'escalate') return fail('CONFLICT', '已被他人处理，请刷新后查看最新情况');
    return fail('UNKNOWN_ACTION', '暂不支持这个操作');
  });
  const page = harness.openPage('packages/requests/detail/index', { id: 'rq1' });
  await waitForText(page, (t) => t.includes('上报上级'));
  page.querySelectorAll('.gt-request__action .gt-button')[2].dispatchEvent('tap');
  await waitFor(() => textBox(page) !== undefined, 'the reason box');
  textBox(page).dispatchEvent('input', { detail: { value: '需要村里协调水厂' } });
  const confirm = () => {
    const buttons = page.querySelectorAll('.gt-step-panel .gt-button');
    buttons[buttons.length - 1].dispatchEvent('tap');
  };
  confirm();
  await waitFor(() => reloads === 2, 'the page to reload after the conflict');
  await waitForText(page, (t) => t.includes('已被他人处理'));
  // The panel is still open with the words: pressing again sends them, with a fresh key.
  confirm();
  await waitFor(() => calls('escalate').length === 2, 'the second attempt');
  const [first, second] = calls('escalate').map((c) => c.payload as { reason: string; opId: string });
  expect(second.reason).toBe('需要村里协调水厂');
  expect(second.opId).not.toBe(first.opId);
});

test('a resident rates with big stars', async () => {
  harness.setCloudHandler((call) => {
    if (call.action === 'detail')
      return ok(detail({ state: 'resolved', stateLabel: '已办结待评价', version: 3, relation: 'own', allowed: ['rate', 'notSolved'] }));
    if (call.action === 'rate')
      return ok(
        detail({ state: 'closed', stateLabel: '已完成', version: 4, relation: 'own', allowed: [], rating: { stars: 5, comment: null } }),
      );
    return fail('UNKNOWN_ACTION', '暂不支持这个操作');
  });
  const page = harness.openPage('packages/requests/detail/index', { id: 'rq1' });
  await waitForText(page, (t) => t.includes('请为办理结果打分'));
  expect(page.querySelectorAll('.gt-request__action .gt-button').map((b) => b.dom.textContent?.trim())).toEqual(['没解决']);
  page.querySelectorAll('.gt-rating__star')[4].dispatchEvent('tap');
  await waitForText(page, (t) => t.includes('很满意'));
  page.querySelector('.gt-rating .gt-button')!.dispatchEvent('tap');
  await waitForText(page, (t) => t.includes('已完成'));
  expect(calls('rate')[0].payload).toEqual({ requestId: 'rq1', version: 3, opId: expect.any(String), stars: 5 });
});

function showDetailWith(resident: Record<string, unknown>) {
  harness.setCloudHandler((call) => (call.action === 'detail' ? ok(detail({ resident })) : fail('UNKNOWN_ACTION', '暂不支持这个操作')));
  return harness.openPage('packages/requests/detail/index', { id: 'rq1' });
}

test('the handler sees a call button for a typed number, marked 未验证', async () => {
  const page = showDetailWith({ name: '何大姐', phone: '13905568888', phoneVerified: false, household: null });
  await waitForText(page, (t) => t.includes('139 0556 8888'));
  expect(page.querySelector('.gt-resident-contact__call')).toBeTruthy();
  expect(page.querySelector('.gt-resident-contact__badge--unverified')!.dom.textContent).toBe('未验证');
});

test('the handler is told plainly when the resident left no number', async () => {
  const page = showDetailWith({ name: '汪老伯', phone: '', phoneVerified: false, household: '汪屋组3号' });
  await waitForText(page, (t) => t.includes('未留电话'));
  expect(page.querySelector('.gt-resident-contact__call')).toBeFalsy();
});
