import { escalateRequest, escalationTarget } from '../../cloudfunctions/domain/requests/escalateRequest';
import { acceptRequest, resolveRequest } from '../../cloudfunctions/domain/requests/handlerSteps';
import type { Actor } from '../../cloudfunctions/domain/requests/ResidentRequest';
import { notSolved } from '../../cloudfunctions/domain/requests/residentSteps';
import { sweepRequest } from '../../cloudfunctions/domain/requests/sweepRequest';
import { context, filed, HEAD, hours, later, MEDIATOR, MONDAY, NO_HOLIDAYS, run, township, village } from './support/requests';

const routing = context({ members: [HEAD, MEDIATOR] });
const mediator: Actor = { id: 'm-med', name: '周义青', role: 'gridMember', title: '调解员' };
const resident: Actor = { id: 'r-wang', name: '王秀英', role: 'resident', title: '' };
const DAY = hours(24);

describe('the escalation chain (逐级上报)', () => {
  it('goes grid → village → township → county, and no further', () => {
    const atGrid = filed(routing);
    const toVillage = escalationTarget(atGrid, routing, '网格员 周义青 上报：需要村里协调');
    expect(toVillage).toEqual({
      level: 'village',
      node: { id: 'v1', name: '湖滨村' },
      handler: { id: 'cad-v', name: '李大毛', title: '村党总支书记' },
      reason: '网格员 周义青 上报：需要村里协调，上报至湖滨村：李大毛（村党总支书记）',
    });
    const toTownship = escalationTarget({ level: 'village' }, routing, '村里也解决不了');
    expect(toTownship?.handler?.id).toBe('cad-t');
    expect(toTownship?.level).toBe('township');
    expect(escalationTarget({ level: 'township' }, routing, '…')?.level).toBe('county');
    expect(escalationTarget({ level: 'county' }, routing, '…')).toBeNull();
    const step = { actor: mediator, now: MONDAY, opId: 'op-00000001', reason: '…' };
    expect(() => escalateRequest({ ...atGrid, level: 'county' }, step, routing, NO_HOLIDAYS)).toThrow(
      expect.objectContaining({ code: 'TOP_LEVEL' }),
    );
  });

  it('skips a village without a first responsible person, and queues at a township without one', () => {
    const noVillage = context({ cadres: [township()] });
    const skipped = escalationTarget({ level: 'grid' }, noVillage, '超过办理时限（11月26日）未办结');
    expect(skipped?.level).toBe('township');
    expect(skipped?.reason).toBe('超过办理时限（11月26日）未办结；湖滨村暂无第一责任人，上报至凉泉乡：黄文斌（乡党委副书记）');
    const nobody = escalationTarget({ level: 'grid' }, context({ cadres: [] }), '超时');
    expect(nobody).toEqual(expect.objectContaining({ level: 'township', handler: null }));
    expect(nobody?.reason).toContain('进入凉泉乡值班队列，已通知乡镇工作人员');
  });

  it('gives the new handler a new deadline and tells them and the resident', () => {
    const accepted = run(filed(routing), (r) => acceptRequest(r, { actor: mediator, now: MONDAY, opId: 'op-00000001' }));
    const at = later(MONDAY, hours(2));
    const change = escalateRequest(
      accepted,
      { actor: mediator, now: at, opId: 'op-00000002', reason: '需要村里协调' },
      routing,
      NO_HOLIDAYS,
    );
    expect(change.set).toEqual(
      expect.objectContaining({
        state: 'escalated',
        level: 'village',
        handler: { id: 'cad-v', name: '李大毛', title: '村党总支书记' },
        openHandlerId: 'cad-v',
        handlerIds: ['m-med', 'cad-v'],
        deadline: new Date('2026-11-26T23:59:59.999+08:00'),
      }),
    );
    expect(change.notices).toEqual([
      { kind: 'newTask', to: 'cad-v' },
      { kind: 'escalated', to: 'r-wang' },
    ]);
    expect(change.events[0].what).toBe('上报至湖滨村，由湖滨村 李大毛（村党总支书记） 办理，3个工作日内办结（11月26日前）');
    expect(change.events[0].note).toBe('调解员 周义青 上报：需要村里协调，上报至湖滨村：李大毛（村党总支书记）');
  });
});

describe('the timer (sweep)', () => {
  const request = filed(routing, { timeLimitDays: 2 }); // due Wednesday 25 Nov, end of day
  const thursday = new Date('2026-11-26T09:00:00+08:00');

  it('leaves alone what is not due yet', () => {
    expect(sweepRequest(request, later(MONDAY, DAY), routing, NO_HOLIDAYS)).toEqual({
      set: {},
      events: [],
      notices: [],
      bumpsVersion: false,
    });
  });

  it('escalates what is past its deadline by one level, as the system, with the reason', () => {
    const change = sweepRequest(request, thursday, routing, NO_HOLIDAYS);
    const next = run(request, () => change);
    expect(next).toEqual(
      expect.objectContaining({ state: 'escalated', level: 'village', openHandlerId: 'cad-v', version: request.version + 1 }),
    );
    expect(next.sweepAt!.getTime()).toBeGreaterThan(thursday.getTime());
    const event = next.ledger.at(-1)!;
    expect(event.actor.role).toBe('system');
    expect(event.what).toBe(
      '超过办理时限（11月25日）未办结，自动上报至湖滨村，由湖滨村 李大毛（村党总支书记） 办理，2个工作日内办结（11月30日前）',
    );
    expect(change.notices).toEqual([
      { kind: 'newTask', to: 'cad-v' },
      { kind: 'escalated', to: 'r-wang' },
    ]);
    // Past the village's deadline too: the township.
    const later2 = sweepRequest(next, new Date('2026-12-01T09:00:00+08:00'), routing, NO_HOLIDAYS);
    expect(later2.set.level).toBe('township');
  });

  it('at the county there is nothing above: its staff are alerted to supervise, once', () => {
    const atCounty = { ...request, level: 'county' as const, levelNode: { id: 'c1', name: '望江县' } };
    const change = sweepRequest(atCounty, thursday, routing, NO_HOLIDAYS);
    expect(change.set).toEqual({ sweepAt: null, updatedAt: thursday });
    expect(change.events[0]).toEqual(
      expect.objectContaining({ kind: 'supervised', what: '超过办理时限（11月25日）未办结，已提醒县里工作人员督办' }),
    );
    expect(change.notices).toEqual([
      { kind: 'overdueAlert', staffOf: 'c1' },
      { kind: 'overdueAlert', to: 'm-med' },
    ]);
    // Once: the timer mark is cleared, so the next run finds nothing to do.
    const after = run(atCounty, () => change);
    expect(sweepRequest(after, later(thursday, 30 * DAY), routing, NO_HOLIDAYS)).toEqual({
      set: {},
      events: [],
      notices: [],
      bumpsVersion: false,
    });
  });

  it('closes a resolved request 7 days after resolution when nobody rated it', () => {
    const resolved = run(
      request,
      (r) => acceptRequest(r, { actor: mediator, now: MONDAY, opId: 'op-00000001' }),
      (r) => resolveRequest(r, { actor: mediator, now: MONDAY, opId: 'op-00000002' }, { text: '已调解', photos: [] }),
    );
    expect(sweepRequest(resolved, later(MONDAY, 6 * DAY), routing, NO_HOLIDAYS).events).toEqual([]);
    expect(sweepRequest(resolved, later(MONDAY, 7 * DAY), routing, NO_HOLIDAYS).set.state).toBe('closed');
  });
});

describe('没解决', () => {
  const resolve = (r: ReturnType<typeof filed>) =>
    run(
      r,
      (x) => acceptRequest(x, { actor: mediator, now: MONDAY, opId: `op-acc-${x.version}` }),
      (x) => resolveRequest(x, { actor: mediator, now: MONDAY, opId: `op-res-${x.version}` }, { text: '已调解', photos: [] }),
    );

  it('the first time goes back to the same handler with the resident’s words and a new deadline', () => {
    const resolved = resolve(filed(routing));
    const at = later(MONDAY, DAY);
    const reopened = run(resolved, (r) =>
      notSolved(r, { actor: resident, now: at, opId: 'op-ns-0001', reason: '排水沟还是堵着' }, NO_HOLIDAYS, null),
    );
    expect(reopened).toEqual(
      expect.objectContaining({
        state: 'reopened',
        handler: resolved.handler,
        openHandlerId: 'm-med',
        notSolvedCount: 1,
        resolution: null,
        level: 'grid',
      }),
    );
    expect(reopened.deadline).toEqual(new Date('2026-11-27T23:59:59.999+08:00'));
    expect(reopened.ledger.at(-1)).toEqual(expect.objectContaining({ kind: 'notSolved', note: '排水沟还是堵着', actor: resident }));
  });

  it('the second time escalates one level', () => {
    const once = run(resolve(filed(routing)), (r) =>
      notSolved(r, { actor: resident, now: MONDAY, opId: 'op-ns-0001', reason: '没修好' }, NO_HOLIDAYS, null),
    );
    const twice = run(resolve(once), (r) =>
      notSolved(r, { actor: resident, now: MONDAY, opId: 'op-ns-0002', reason: '还是没修好' }, NO_HOLIDAYS, routing),
    );
    expect(twice).toEqual(expect.objectContaining({ state: 'escalated', level: 'village', openHandlerId: 'cad-v', notSolvedCount: 2 }));
    expect(twice.routingReason).toBe('群众第2次反映没解决：“还是没修好”，上报至湖滨村：李大毛（村党总支书记）');
  });

  it('at the county a second time: back to the handler, and the county’s staff are alerted', () => {
    const atCounty = { ...filed(routing), level: 'county' as const, levelNode: { id: 'c1', name: '望江县' }, notSolvedCount: 1 };
    const resolved = resolve(atCounty);
    const change = notSolved(resolved, { actor: resident, now: MONDAY, opId: 'op-ns-0003', reason: '没用' }, NO_HOLIDAYS, routing);
    expect(change.set.state).toBe('reopened');
    expect(change.notices).toContainEqual({ kind: 'overdueAlert', staffOf: 'c1' });
  });

  it('at the township a second time: up to the county', () => {
    const atTownship = { ...filed(routing), level: 'township' as const, levelNode: { id: 't1', name: '凉泉乡' }, notSolvedCount: 1 };
    const change = notSolved(
      resolve(atTownship),
      { actor: resident, now: MONDAY, opId: 'op-ns-0004', reason: '没用' },
      NO_HOLIDAYS,
      routing,
    );
    expect(change.set).toEqual(expect.objectContaining({ state: 'escalated', level: 'county', queued: true, notSolvedCount: 2 }));
    expect(change.events[0].what).toMatch(/^群众再次反映没解决，已上报到县里，由望江县值班工作人员负责，限12月\d+日前办结$/);
  });
});

it('escalates only to first responsible people, never to a deputy', () => {
  const deputy = { ...village('副书记', 'cad-v2'), firstResponsible: false };
  expect(escalationTarget({ level: 'grid' }, context({ cadres: [deputy, village()] }), 'x')?.handler?.id).toBe('cad-v');
});
