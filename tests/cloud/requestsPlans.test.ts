import type { PlanListDto, RequestDetailDto } from '../../cloudfunctions/contract';
import { chinaDate } from '../../cloudfunctions/domain/shared/chinaTime';
import { snapshotStore } from '../support/snapshotStore';
import { startTestCloud, type TestCloud } from '../support/testCloud';
import { allowProgressNotice, allowTaskNotice, detail, file, lastSeq, messagesTo, step, stepRaw } from './support/requests';

/**
 * 已解释 / 纳入规划 through the requests function: a handler closes a request
 * that cannot be solved now with an explanation (and a plan with its date);
 * the resident sees it and rates it; staff list the plans of their
 * jurisdiction; when the date comes the timer reopens it for follow-up,
 * once, however often it runs.
 */
let test: TestCloud;
beforeAll(async () => {
  test = await startTestCloud();
});
afterEach(() => test.cloud.setClockOffset(0));
afterAll(() => test.close());

const DAY = 86_400_000;
/** 30 days ahead, a China date. */
const inDays = (days: number) => chinaDate(new Date(Date.now() + days * DAY));

async function acceptedRequest(text: string): Promise<RequestDetailDto> {
  const filed = await file(test, 'demo-resident-wang', { text });
  return step(test, 'demo-grid-wang', 'accept', filed);
}

async function plans(openid: string, fields: Record<string, unknown> = {}): Promise<PlanListDto> {
  const result = await test.call(openid, 'requests', 'plans', fields);
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data as PlanListDto;
}

async function fireSweep(): Promise<{ plansReopened: number; conflicts: number }> {
  const { result } = await test.cloud.fireTimer('requests', 'sweep');
  const envelope = result as { ok: boolean; data: { plansReopened: number; conflicts: number } };
  expect(envelope.ok).toBe(true);
  return envelope.data;
}

describe('纳入规划', () => {
  it('refuses a date that is past, today or over five years ahead, at its field, writing nothing', async () => {
    const request = await acceptedRequest(`规划日期 ${Date.now()}`);
    const before = await snapshotStore(test);
    for (const targetDate of [inDays(-1), inDays(0), inDays(5 * 366 + 2), '2027-02-30']) {
      const refused = await stepRaw(test, 'demo-grid-wang', 'plan', request, { targetDate });
      expect(refused).toEqual(expect.objectContaining({ ok: false, code: 'INVALID_INPUT' }));
      expect(refused.ok === false && refused.fields?.[0]?.path).toBe('targetDate');
    }
    const tooLong = await stepRaw(test, 'demo-grid-wang', 'plan', request, { targetDate: inDays(30), plan: '修'.repeat(1001) });
    expect(tooLong).toEqual(expect.objectContaining({ ok: false, code: 'INVALID_INPUT' }));
    const noExplanation = await stepRaw(test, 'demo-grid-wang', 'explain', request, { explanation: '   ' });
    expect(noExplanation).toEqual(expect.objectContaining({ ok: false, code: 'INVALID_INPUT' }));
    expect(await snapshotStore(test)).toBe(before);
  });

  it('shows the plan to the resident, who rates it; staff list it; on its date it reopens once for the planner', async () => {
    const targetDate = inDays(30);
    const request = await acceptedRequest(`村道坑洼 ${Date.now()}`);
    const since = lastSeq(test);
    const planned = await step(test, 'demo-grid-wang', 'plan', request, {
      explanation: '这段路要整体翻修，村里没有这笔钱。',
      plan: '已报乡里，列入村道硬化计划。',
      targetDate,
    });
    expect(planned).toEqual(expect.objectContaining({ state: 'resolved', outcome: 'planned', stateLabel: '已纳入规划', deadline: null }));

    const seen = await detail(test, 'demo-resident-wang', request.id);
    const month = `${Number(targetDate.slice(0, 4))}年${Number(targetDate.slice(5, 7))}月`;
    expect(seen.plan).toEqual({
      text: '已报乡里，列入村道硬化计划。',
      targetDate,
      words: `已纳入规划（计划 ${month} 完成）`,
      dateWords: `${month}${Number(targetDate.slice(8, 10))}日`,
      reopened: false,
    });
    expect(seen.resolution?.text).toBe('这段路要整体翻修，村里没有这笔钱。');
    expect(seen.allowed).toEqual(expect.arrayContaining(['rate', 'notSolved']));
    expect(messagesTo(test, 'demo-resident-wang', since, request.id).map((m) => m.data.phrase2?.value)).toEqual(['纳入规划']);

    const rated = await step(test, 'demo-resident-wang', 'rate', seen, { stars: 3 });
    expect(rated).toEqual(expect.objectContaining({ state: 'closed', outcome: 'planned', stateLabel: '已纳入规划' }));

    // The village's and the county's staff list it, soonest first; another village's do not.
    const listed = (await plans('demo-staff-hubin')).items.find((item) => item.id === request.id);
    expect(listed).toEqual(
      expect.objectContaining({ due: false, plannedBy: expect.stringContaining('汪德华'), plan: expect.objectContaining({ targetDate }) }),
    );
    expect((await plans('demo-staff-county')).items.some((item) => item.id === request.id)).toBe(true);
    expect((await plans('demo-staff-taihua')).items.some((item) => item.id === request.id)).toBe(false);
    expect((await plans('demo-staff-hubin', { due: true })).items.some((item) => item.id === request.id)).toBe(false);

    // The day before its date nothing happens.
    await fireSweep();
    test.cloud.setClockOffset(29 * DAY);
    await fireSweep();
    expect((await detail(test, 'demo-resident-wang', request.id)).state).toBe('closed');

    // On its date (China): two timer runs at once reopen it once.
    await allowTaskNotice(test, 'demo-grid-wang');
    await allowProgressNotice(test, 'demo-resident-wang');
    const beforeDue = lastSeq(test);
    test.cloud.setClockOffset(31 * DAY);
    const runs = await Promise.all([fireSweep(), fireSweep()]);
    expect(runs.reduce((n, run) => n + run.plansReopened, 0)).toBe(1);
    await fireSweep();
    const reopened = await detail(test, 'demo-grid-wang', request.id);
    expect(reopened).toEqual(
      expect.objectContaining({ state: 'reopened', handler: expect.objectContaining({ name: '汪德华' }), outcome: null }),
    );
    expect(reopened.plan?.reopened).toBe(true);
    expect(reopened.deadline).not.toBeNull();
    expect(reopened.allowed).toContain('accept');
    expect(reopened.timeline.filter((entry) => entry.what.startsWith('规划的完成日期')).length).toBe(1);
    expect(messagesTo(test, 'demo-grid-wang', beforeDue, request.id).map((m) => m.data.phrase2?.value)).toEqual(['新诉求']);
    expect(messagesTo(test, 'demo-resident-wang', beforeDue, request.id).map((m) => m.data.phrase2?.value)).toEqual(['重新办理']);
    // Listed as due until the follow-up ends.
    expect((await plans('demo-staff-hubin', { due: true })).items.find((item) => item.id === request.id)?.due).toBe(true);

    const again = await step(test, 'demo-grid-wang', 'accept', reopened);
    await step(test, 'demo-grid-wang', 'resolve', again);
    expect((await plans('demo-staff-hubin')).items.some((item) => item.id === request.id)).toBe(false);
  });

  it('pages the plans list by date with a cursor and a count', async () => {
    const made: string[] = [];
    for (let i = 0; i < 3; i++) {
      const request = await acceptedRequest(`分页规划 ${i} ${Date.now()}`);
      await step(test, 'demo-grid-wang', 'plan', request, { targetDate: inDays(60 + i) });
      made.push(request.id);
    }
    const first = await plans('demo-staff-hubin');
    expect(first.total).toBeGreaterThanOrEqual(3);
    const dates = first.items.map((item) => item.plan.targetDate);
    expect([...dates].sort()).toEqual(dates);
    expect(made.every((id) => first.items.some((item) => item.id === id))).toBe(true);
    const malformed = await test.call('demo-staff-hubin', 'requests', 'plans', { after: { at: 'yesterday', id: 'x' } });
    expect(malformed).toEqual(expect.objectContaining({ ok: false, code: 'INVALID_INPUT' }));
  });
});

describe('已解释', () => {
  it('closes with the explanation only; 没解决 sends it back to the handler', async () => {
    const request = await acceptedRequest(`政策咨询 ${Date.now()}`);
    const explained = await step(test, 'demo-grid-wang', 'explain', request);
    expect(explained).toEqual(expect.objectContaining({ state: 'resolved', outcome: 'explained', stateLabel: '已解释待评价', plan: null }));
    const seen = await detail(test, 'demo-resident-wang', request.id);
    expect(seen.timeline.at(-1)).toEqual(expect.objectContaining({ what: '已向群众解释，暂不能解决，请群众评价' }));
    const back = await step(test, 'demo-resident-wang', 'notSolved', seen, { reason: '还是希望能解决' });
    expect(back).toEqual(
      expect.objectContaining({ state: 'reopened', outcome: null, handler: expect.objectContaining({ name: '汪德华' }) }),
    );
  });
});
