import { requestSheet } from '../../cloudfunctions/domain/ledger/requestSheet';
import { tallyRequests } from '../../cloudfunctions/domain/dashboard/tallyRequests';
import { requestFigures } from '../../cloudfunctions/domain/dashboard/requestFigures';
import { allowedSteps, requireStep } from '../../cloudfunctions/domain/requests/access';
import { acceptRequest, resolveRequest } from '../../cloudfunctions/domain/requests/handlerSteps';
import {
  explainRequest,
  isPlanDue,
  planRequest,
  planWords,
  requirePlanDate,
  type Planner,
} from '../../cloudfunctions/domain/requests/planSteps';
import type { Actor, ResidentRequest } from '../../cloudfunctions/domain/requests/ResidentRequest';
import { notSolved, rateRequest } from '../../cloudfunctions/domain/requests/residentSteps';
import { sweepRequest } from '../../cloudfunctions/domain/requests/sweepRequest';
import { timelineFor } from '../../cloudfunctions/domain/requests/timeline';
import { DomainError } from '../../cloudfunctions/domain/shared/DomainError';
import { context, duty, filed, HEAD, hours, later, MEDIATOR, MONDAY, NO_HOLIDAYS, RESIDENT, run, user } from './support/requests';

const routing = context({ members: [HEAD, MEDIATOR] });
const mediatorUser = user('m-med', { name: '周义青', roles: ['gridMember'], gridDuties: [duty(['mediation'], '调解员')] });
const mediator: Actor = { id: 'm-med', name: '周义青', role: 'gridMember', title: '调解员' };
const residentActor: Actor = { id: RESIDENT._id, name: RESIDENT.name, role: 'resident', title: '' };
const DAY = hours(24);
const PLAN = { explanation: '修路要等县里的项目资金', plan: '列入2027年村道硬化计划', targetDate: '2027-03-15' };
/** 2027-03-15 00:00 in China. */
const DUE = new Date('2027-03-15T00:00:00+08:00');

function accepted(): ResidentRequest {
  return run(filed(routing), (r) => acceptRequest(r, { actor: mediator, now: MONDAY, opId: 'op-acc-00001' }));
}

const planned = (request = accepted(), words = PLAN) =>
  run(request, (r) => planRequest(r, { actor: mediator, now: MONDAY, opId: 'op-plan-0001' }, words));

const planner = (fields: Partial<Planner> = {}): Planner => ({ ...mediatorUser, ...fields });

describe('纳入规划 / 已解释: closing outcomes beside 办结', () => {
  it('纳入规划 keeps the explanation, the plan and its date, ends the clock and asks for a rating', () => {
    const request = planned();
    expect(request.state).toBe('resolved');
    expect(request.resolution).toEqual(expect.objectContaining({ text: PLAN.explanation, kind: 'planned', by: mediator }));
    expect(request.plan).toEqual({ text: PLAN.plan, targetDate: '2027-03-15', dueAt: DUE, by: mediator, at: MONDAY, reopenedAt: null });
    expect(request.planDueAt).toEqual(DUE);
    expect(request.deadline).toBeNull();
    expect(request.openHandlerId).toBeNull();
    // The rating window (7 days) ends before the plan's date: the timer looks then first.
    expect(request.sweepAt).toEqual(later(MONDAY, 7 * DAY));
    const event = request.ledger[request.ledger.length - 1];
    expect(event).toEqual(
      expect.objectContaining({
        kind: 'planned',
        actor: mediator,
        from: 'accepted',
        to: 'resolved',
        what: '纳入规划，计划2027年3月15日前完成，请群众评价',
      }),
    );
    expect(event.note).toBe(`${PLAN.explanation}\n规划：${PLAN.plan}`);
    expect(planWords(request.plan!)).toBe('已纳入规划（计划 2027年3月 完成）');
    expect(timelineFor(request, 'owner', RESIDENT._id).pop()?.note).toContain(PLAN.plan);
  });

  it('a plan due before the rating window ends is swept on its date', () => {
    const request = planned(accepted(), { ...PLAN, targetDate: '2026-11-25' });
    expect(request.sweepAt).toEqual(new Date('2026-11-25T00:00:00+08:00'));
  });

  it('已解释 has the explanation only and no plan', () => {
    const request = run(accepted(), (r) => explainRequest(r, { actor: mediator, now: MONDAY, opId: 'op-expl-0001' }, '这是国家政策规定'));
    expect(request.state).toBe('resolved');
    expect(request.resolution?.kind).toBe('explained');
    expect(request.plan ?? null).toBeNull();
    expect(request.planDueAt).toBeNull();
    expect(request.ledger.pop()).toEqual(expect.objectContaining({ kind: 'explained', note: '这是国家政策规定' }));
  });

  it.each([
    ['2026-11-23', '计划完成日期要在今天之后'],
    ['2026-11-22', '计划完成日期要在今天之后'],
    ['2031-11-24', '计划完成日期不能晚于5年以后'],
    ['2027-02-30', '请选择计划完成的日期'],
    ['2027-3-15', '请选择计划完成的日期'],
  ])('refuses the date %s at its field', (targetDate, message) => {
    expect(() => planRequest(accepted(), { actor: mediator, now: MONDAY, opId: 'op-plan-0001' }, { ...PLAN, targetDate })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', message, fields: [{ path: 'targetDate', message }] }),
    );
  });

  it('accepts tomorrow and exactly five years ahead (China dates)', () => {
    expect(requirePlanDate('2026-11-24', MONDAY)).toEqual(new Date('2026-11-24T00:00:00+08:00'));
    expect(requirePlanDate('2031-11-23', MONDAY)).toEqual(new Date('2031-11-23T00:00:00+08:00'));
    // 23:30 on 23 Nov in China is still the 23rd there (15:30 UTC): the 24th is tomorrow.
    expect(() => requirePlanDate('2026-11-24', new Date('2026-11-23T23:30:00+08:00'))).not.toThrow();
    expect(() => requirePlanDate('2026-11-24', new Date('2026-11-24T00:30:00+08:00'))).toThrow(DomainError);
  });

  it('only what may be resolved may be planned: the handler or staff over it, once accepted', () => {
    const request = accepted();
    expect(allowedSteps(mediatorUser, request)).toEqual(expect.arrayContaining(['explain', 'plan', 'resolve']));
    const staff = user('s-town', { roles: ['staff'], staffScopeId: 't1' });
    expect(allowedSteps(staff, request)).toEqual(expect.arrayContaining(['explain', 'plan']));
    expect(() => requireStep(RESIDENT, request, 'plan')).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => requireStep(user('s-other', { roles: ['staff'], staffScopeId: 't2' }), request, 'plan')).toThrow(
      expect.objectContaining({ code: 'OUT_OF_JURISDICTION' }),
    );
    expect(allowedSteps(mediatorUser, filed(routing))).not.toContain('plan');
    expect(() => planRequest(filed(routing), { actor: mediator, now: MONDAY, opId: 'op-plan-0001' }, PLAN)).toThrow(
      expect.objectContaining({ code: 'ILLEGAL_TRANSITION' }),
    );
  });
});

describe('the resident on a plan', () => {
  it('rates it: closed, and the timer still comes back on the plan date', () => {
    const request = run(planned(), (r) =>
      rateRequest(r, { actor: residentActor, now: later(MONDAY, DAY), opId: 'op-rate-0001' }, { stars: 4, comment: null }),
    );
    expect(request.state).toBe('closed');
    expect(request.sweepAt).toEqual(DUE);
    expect(request.planDueAt).toEqual(DUE);
  });

  it('没解决 puts it back to the handler now; the plan stays on record but leaves the plans list', () => {
    const request = run(planned(), (r) =>
      notSolved(r, { actor: residentActor, now: later(MONDAY, DAY), opId: 'op-ns-00001', reason: '等不了这么久' }, NO_HOLIDAYS, null),
    );
    expect(request.state).toBe('reopened');
    expect(request.handler?.id).toBe('m-med');
    expect(request.planDueAt).toBeNull();
    expect(request.plan?.text).toBe(PLAN.plan);
    expect(request.ledger.some((e) => e.kind === 'planned')).toBe(true);
    expect(isPlanDue(request, later(DUE, DAY))).toBe(false);
  });

  it('autoclose after 7 days keeps the plan date for the timer', () => {
    const request = planned();
    const closed = run(request, (r) => sweepRequest(r, later(MONDAY, 7 * DAY), routing, NO_HOLIDAYS));
    expect(closed.state).toBe('closed');
    expect(closed.sweepAt).toEqual(DUE);
  });
});

describe('the plan date comes (timer)', () => {
  const closedPlan = () =>
    run(planned(), (r) =>
      rateRequest(r, { actor: residentActor, now: later(MONDAY, DAY), opId: 'op-rate-0001' }, { stars: 3, comment: null }),
    );

  it('nothing before the date', () => {
    const request = closedPlan();
    expect(sweepRequest(request, later(DUE, -1), routing, NO_HOLIDAYS, planner()).events).toEqual([]);
  });

  it('reopens it to the planner with a new deadline, a step in words, and tells the handler and the resident', () => {
    const request = closedPlan();
    const change = sweepRequest(request, later(DUE, hours(1)), routing, NO_HOLIDAYS, planner());
    const after = run(request, () => change);
    expect(after.state).toBe('reopened');
    expect(after.handler).toEqual({ id: 'm-med', name: '周义青', title: '调解员' });
    expect(after.openHandlerId).toBe('m-med');
    expect(after.deadline!.getTime()).toBeGreaterThan(DUE.getTime());
    expect(after.sweepAt).toEqual(after.deadline);
    expect(after.plan?.reopenedAt).toEqual(later(DUE, hours(1)));
    // Still outstanding (listed as due) until the follow-up ends.
    expect(after.planDueAt).toEqual(DUE);
    expect(change.events[0]).toEqual(expect.objectContaining({ kind: 'planDue', from: 'closed', to: 'reopened', note: PLAN.plan }));
    expect(change.events[0].what).toMatch(/^规划的完成日期（2027年3月15日）已到，重新办理跟进：由第一网格 周义青（调解员） 办理/);
    expect(change.notices).toEqual([
      { kind: 'newTask', to: 'm-med' },
      { kind: 'assigned', to: RESIDENT._id },
    ]);
    // Once: the reopened request is not reopened again.
    expect(isPlanDue(after, later(DUE, DAY))).toBe(false);
    expect(sweepRequest(after, later(DUE, hours(2)), routing, NO_HOLIDAYS, planner()).events).toEqual([]);
  });

  it('goes to the level queue when the planner no longer serves there', () => {
    const gone = planner({ gridDuties: [], roles: ['resident'] });
    const change = sweepRequest(closedPlan(), later(DUE, hours(1)), routing, NO_HOLIDAYS, gone);
    expect(change.set).toEqual(expect.objectContaining({ state: 'reopened', handler: null, queued: true, openHandlerId: null }));
    expect(change.notices).toEqual([
      { kind: 'queueAlert', staffOf: 't1' },
      { kind: 'assigned', to: RESIDENT._id },
    ]);
    expect(sweepRequest(closedPlan(), later(DUE, hours(1)), routing, NO_HOLIDAYS, null).set.handler).toBeNull();
  });

  it('the follow-up ends the plan: 办结 clears it from the list', () => {
    const reopened = run(closedPlan(), (r) => sweepRequest(r, later(DUE, hours(1)), routing, NO_HOLIDAYS, planner()));
    const done = run(
      reopened,
      (r) => acceptRequest(r, { actor: mediator, now: later(DUE, hours(2)), opId: 'op-acc-00002' }),
      (r) => resolveRequest(r, { actor: mediator, now: later(DUE, hours(3)), opId: 'op-res-00002' }, { text: '路修好了', photos: [] }),
    );
    expect(done.planDueAt).toBeNull();
    expect(done.resolution?.kind).toBeUndefined();
  });
});

describe('figures: 办结率 and 满意率 leave plans and explanations out', () => {
  it('counts them apart', () => {
    const solved = run(
      accepted(),
      (r) => resolveRequest(r, { actor: mediator, now: MONDAY, opId: 'op-res-00001' }, { text: '调解好了', photos: [] }),
      (r) => rateRequest(r, { actor: residentActor, now: MONDAY, opId: 'op-rate-0001' }, { stars: 5, comment: null }),
    );
    const plan = run(planned(), (r) =>
      rateRequest(r, { actor: residentActor, now: MONDAY, opId: 'op-rate-0002' }, { stars: 1, comment: null }),
    );
    const explained = run(accepted(), (r) => explainRequest(r, { actor: mediator, now: MONDAY, opId: 'op-expl-0001' }, '政策规定'));
    const tally = tallyRequests([solved, plan, explained]);
    expect(tally).toEqual(expect.objectContaining({ total: 3, finished: 1, rated: 1, starsSum: 5, explained: 1, planned: 1 }));
    const totals = requestFigures({ tallies: [tally], grids: [] }).requests;
    expect(totals).toEqual(expect.objectContaining({ finished: 1, avgStars: 5, explained: 1, planned: 1 }));
  });
});

describe('ledger: the outcome columns', () => {
  it('say 纳入规划 with the plan and its date, 已解释, or 办结', () => {
    const column = (header: string) => (sheet: ReturnType<typeof requestSheet>) => {
      const at = sheet.columns.findIndex((c) => c.header === header);
      return sheet.rows.map((row) => row[at]);
    };
    const planSheet = requestSheet([planned()]);
    expect(planSheet.rows.every((row) => row.length === planSheet.columns.length)).toBe(true);
    expect(new Set(column('办理结果')(planSheet))).toEqual(new Set(['纳入规划']));
    expect(new Set(column('规划')(planSheet))).toEqual(new Set([PLAN.plan]));
    expect(new Set(column('计划完成日期')(planSheet))).toEqual(new Set(['2027年3月15日']));
    expect(new Set(column('当前状态')(planSheet))).toEqual(new Set(['已纳入规划']));
    const explained = run(accepted(), (r) => explainRequest(r, { actor: mediator, now: MONDAY, opId: 'op-expl-0001' }, '政策规定'));
    expect(new Set(column('办理结果')(requestSheet([explained])))).toEqual(new Set(['已解释']));
    const solved = run(accepted(), (r) =>
      resolveRequest(r, { actor: mediator, now: MONDAY, opId: 'op-res-00001' }, { text: '好了', photos: [] }),
    );
    expect(new Set(column('办理结果')(requestSheet([solved])))).toEqual(new Set(['办结']));
  });
});
