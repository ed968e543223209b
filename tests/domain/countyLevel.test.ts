import type { Department } from '../../cloudfunctions/domain/departments/Department';
import { allowedSteps, requireStep } from '../../cloudfunctions/domain/requests/access';
import { areaOf } from '../../cloudfunctions/domain/requests/areaOf';
import { countyHoldOf } from '../../cloudfunctions/domain/requests/countyHold';
import { assignToDepartment, handBackLevel, returnToTownship } from '../../cloudfunctions/domain/requests/departmentSteps';
import { escalateRequest } from '../../cloudfunctions/domain/requests/escalateRequest';
import { acceptRequest, suspendRequest } from '../../cloudfunctions/domain/requests/handlerSteps';
import { handlingPlaceOf, reassignRequest } from '../../cloudfunctions/domain/requests/reassignRequest';
import { COUNTY_WORKDAYS } from '../../cloudfunctions/domain/requests/requestChange';
import type { Actor, ResidentRequest } from '../../cloudfunctions/domain/requests/ResidentRequest';
import { sweepRequest } from '../../cloudfunctions/domain/requests/sweepRequest';
import { timelineFor } from '../../cloudfunctions/domain/requests/timeline';
import { context, filed, HEAD, hours, later, MEDIATOR, MONDAY, NO_HOLIDAYS, run, user } from './support/requests';

const mediator: Actor = { id: 'm-med', name: '周义青', role: 'gridMember', title: '调解员' };
const townshipActor: Actor = { id: 'cad-t', name: '黄文斌', role: 'cadre', title: '乡党委副书记' };
const countyActor: Actor = { id: 's-c1', name: '县值班', role: 'staff', title: '工作人员' };
/** 望江县's first responsible person (县委副书记). */
const countyHead = { id: 'cad-c', name: '钱县长', nodeId: 'c1', title: '县委副书记', firstResponsible: true };
const noCountyHead = context({ members: [HEAD, MEDIATOR] });
const withCountyHead = context({ members: [HEAD, MEDIATOR], cadres: [...noCountyHead.cadres, countyHead] });

const countyStaff = user('s-c1', { name: '县值班', roles: ['staff'], staffScopeId: 'c1' });
const countyColleague = user('s-c1b', { name: '县里同事', roles: ['staff'], staffScopeId: 'c1' });
const townshipStaff = user('s-t1', { name: '乡值班', roles: ['staff'], staffScopeId: 't1' });
const otherTownshipStaff = user('s-t2', { name: '外乡', roles: ['staff'], staffScopeId: 't2' });
const villageStaff = user('s-v1', { name: '村干部', roles: ['staff'], staffScopeId: 'v1' });
const townshipHead = user('cad-t', {
  name: '黄文斌',
  roles: ['staff'],
  staffScopeId: null,
  nodeDuties: [{ nodeId: 't1', title: '乡党委副书记', firstResponsible: true }],
});

const bureau: Department = {
  _id: 'dep-minzheng',
  name: '县民政局',
  level: 'county',
  placeId: 'c1',
  placeName: '望江县',
  categoryIds: [],
  active: true,
  createdAt: MONDAY,
  updatedAt: MONDAY,
  history: [],
};

/** Up to the township by hand: grid → village → township (黄文斌 holds it, category limit 3 working days). */
function atTownship(routing = noCountyHead): ResidentRequest {
  const step = (opId: string, actor = mediator) => ({ actor, now: MONDAY, opId, reason: '网格解决不了' });
  const inVillage = run(filed(routing), (r) => escalateRequest(r, step('op-esc-0001'), routing, NO_HOLIDAYS));
  return run(inVillage, (r) => escalateRequest(r, step('op-esc-0002'), routing, NO_HOLIDAYS));
}

/** 3 working days from Monday 23 Nov: Thursday 26 Nov ends the township's time; Friday it is overdue. */
const friday = new Date('2026-11-27T09:00:00+08:00');

describe('the county level: township → county by the timer', () => {
  it('goes to the county duty queue when the county names nobody, with the county deadline and the resident told in words', () => {
    const request = atTownship();
    expect(request).toEqual(expect.objectContaining({ level: 'township', openHandlerId: 'cad-t' }));
    const change = sweepRequest(request, friday, noCountyHead, NO_HOLIDAYS);
    const next = run(request, () => change);
    // Friday + 10 working days (no holidays): Friday 11 December, end of day.
    const deadline = new Date('2026-12-11T23:59:59.999+08:00');
    expect(next).toEqual(
      expect.objectContaining({
        state: 'escalated',
        level: 'county',
        levelNode: { id: 'c1', name: '望江县' },
        handler: null,
        openHandlerId: null,
        queued: true,
        deadline,
        sweepAt: deadline,
      }),
    );
    expect(next.dueWorkdays).toHaveLength(COUNTY_WORKDAYS);
    expect(next.routingReason).toBe('超过办理时限（11月26日）未办结，进入望江县值班队列，已通知县里工作人员');
    expect(change.notices).toEqual([
      { kind: 'queueAlert', staffOf: 'c1' },
      { kind: 'escalated', to: 'r-wang' },
    ]);
    const seen = timelineFor(next, 'owner', 'r-wang').at(-1)!;
    expect(seen.what).toBe('超过办理时限（11月26日）未办结，已上报到县里，由望江县值班工作人员负责，限12月11日前办结');
    expect(seen.actor).toBe('系统');
    expect(countyHoldOf(next, friday)).toEqual({ name: '望江县', deadline, words: '望江县（限12月11日前办结）' });
  });

  it('goes to the county’s first responsible person when the data names one, as a task for them', () => {
    const change = sweepRequest(atTownship(withCountyHead), friday, withCountyHead, NO_HOLIDAYS);
    expect(change.set).toEqual(
      expect.objectContaining({ level: 'county', handler: { id: 'cad-c', name: '钱县长', title: '县委副书记' }, queued: false }),
    );
    expect(change.notices).toEqual([
      { kind: 'newTask', to: 'cad-c' },
      { kind: 'escalated', to: 'r-wang' },
    ]);
    expect(change.events[0].what).toBe(
      '超过办理时限（11月26日）未办结，已上报到县里，由望江县 钱县长（县委副书记） 负责，限12月11日前办结',
    );
  });

  it('takes a township duty-queue request nobody took by its deadline up to the county', () => {
    const queued = filed(context({ cadres: [] }));
    expect(queued).toEqual(expect.objectContaining({ state: 'submitted', level: 'township', queued: true }));
    const change = sweepRequest(queued, friday, noCountyHead, NO_HOLIDAYS);
    expect(change.set).toEqual(expect.objectContaining({ state: 'escalated', level: 'county', queued: true }));
  });

  it('past the county deadline alerts the county’s staff and the holder once, and goes no higher', () => {
    const atCounty = run(atTownship(withCountyHead), (r) => sweepRequest(r, friday, withCountyHead, NO_HOLIDAYS));
    const past = new Date('2026-12-14T09:00:00+08:00');
    const change = sweepRequest(atCounty, past, withCountyHead, NO_HOLIDAYS);
    expect(change.set).toEqual({ sweepAt: null, updatedAt: past });
    expect(change.events[0]).toEqual(
      expect.objectContaining({ kind: 'supervised', what: '超过办理时限（12月11日）未办结，已提醒县里工作人员督办' }),
    );
    expect(change.notices).toEqual([
      { kind: 'overdueAlert', staffOf: 'c1' },
      { kind: 'overdueAlert', to: 'cad-c' },
    ]);
    const supervised = run(atCounty, () => change);
    expect(supervised.level).toBe('county');
    expect(sweepRequest(supervised, later(past, hours(24 * 30)), withCountyHead, NO_HOLIDAYS).events).toEqual([]);
    expect(() =>
      escalateRequest(supervised, { actor: countyActor, now: past, opId: 'op-esc-0009', reason: '再上报' }, withCountyHead, NO_HOLIDAYS),
    ).toThrow(expect.objectContaining({ code: 'TOP_LEVEL' }));
  });

  it('leaves a department past its deadline with the department (督办), never takes it to the county', () => {
    const held = run(atTownship(), (r) =>
      assignToDepartment(
        r,
        { actor: townshipActor, now: MONDAY, opId: 'op-dept-0001', note: '请核实', workdays: 2 },
        bureau,
        NO_HOLIDAYS,
        [],
      ),
    );
    const change = sweepRequest(held, friday, noCountyHead, NO_HOLIDAYS);
    expect(change.set.level).toBeUndefined();
    expect(change.events[0].kind).toBe('supervised');
    expect(change.set.department).toEqual(expect.objectContaining({ overdue: true }));
  });
});

describe('the county level: township → county by hand', () => {
  it('is escalated by the township’s holder or staff with a reason, not by a village’s staff', () => {
    const request = atTownship();
    expect(allowedSteps(townshipHead, request)).toContain('escalate');
    expect(allowedSteps(townshipStaff, request)).toContain('escalate');
    expect(allowedSteps(villageStaff, request)).not.toContain('escalate');
    expect(() => requireStep(villageStaff, request, 'escalate')).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => requireStep(otherTownshipStaff, request, 'escalate')).toThrow(expect.objectContaining({ code: 'OUT_OF_JURISDICTION' }));
    const change = escalateRequest(
      request,
      { actor: townshipActor, now: MONDAY, opId: 'op-esc-0003', reason: '涉及跨乡水利' },
      withCountyHead,
      NO_HOLIDAYS,
    );
    expect(change.set).toEqual(
      expect.objectContaining({ level: 'county', openHandlerId: 'cad-c', deadline: new Date('2026-12-07T23:59:59.999+08:00') }),
    );
    expect(change.events[0].what).toBe('已上报到县里，由望江县 钱县长（县委副书记） 负责，限12月7日前办结');
    expect(change.events[0].note).toBe('乡党委副书记 黄文斌 上报：涉及跨乡水利，上报至望江县：钱县长（县委副书记）');
  });
});

describe('the county level: who acts on it', () => {
  const atCounty = () => run(atTownship(), (r) => sweepRequest(r, friday, noCountyHead, NO_HOLIDAYS));

  it('the county’s staff take it from the queue and work it; a township’s staff only see and note it; another township’s nothing', () => {
    const request = atCounty();
    expect(allowedSteps(countyStaff, request)).toEqual(
      expect.arrayContaining(['accept', 'addNote', 'reject', 'reassign', 'assignDepartment']),
    );
    expect(allowedSteps(countyStaff, request)).not.toContain('escalate');
    expect(allowedSteps(townshipStaff, request)).toEqual(['addNote']);
    expect(() => requireStep(townshipStaff, request, 'accept')).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => requireStep(townshipStaff, request, 'assignDepartment')).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => requireStep(otherTownshipStaff, request, 'addNote')).toThrow(expect.objectContaining({ code: 'OUT_OF_JURISDICTION' }));
    // The township's former holder keeps sight of it, no more.
    expect(allowedSteps(townshipHead, request)).toEqual(['addNote']);
    const accepted = run(request, (r) => acceptRequest(r, { actor: countyActor, now: friday, opId: 'op-acc-0001' }));
    expect(accepted).toEqual(expect.objectContaining({ state: 'accepted', level: 'county', openHandlerId: 's-c1' }));
    expect(allowedSteps(countyStaff, accepted)).toEqual(expect.arrayContaining(['resolve', 'suspend']));
    const paused = run(accepted, (r) =>
      suspendRequest(r, { actor: countyActor, now: friday, opId: 'op-sus-0001' }, '等待汛期过后', NO_HOLIDAYS),
    );
    expect(countyHoldOf(paused, friday)).toEqual({ name: '望江县', deadline: null, words: '望江县' });
  });

  it('the county’s staff hand it to a 县直部门 with a deadline; a township’s station is not offered to the county', () => {
    const request = atCounty();
    const assign = (department: Department) =>
      assignToDepartment(
        request,
        { actor: countyActor, now: friday, opId: 'op-dept-0002', note: '请限期解决', workdays: 5 },
        department,
        NO_HOLIDAYS,
        ['d-min'],
      );
    const change = assign(bureau);
    expect(change.set).toEqual(
      expect.objectContaining({ state: 'assigned', openDepartmentId: 'dep-minzheng', deadline: new Date('2026-12-04T23:59:59.999+08:00') }),
    );
    const station: Department = { ...bureau, _id: 'dep-station', name: '凉泉乡民政所', level: 'township', placeId: 't1' };
    expect(() => assign(station)).toThrow(expect.objectContaining({ code: 'DEPARTMENT_UNAVAILABLE' }));
    const held = run(request, () => change);
    expect(held.level).toBe('county');
    expect(countyHoldOf(held, friday)).toBeNull();
    // Past the department's deadline: the county's staff supervise (the township is not asked).
    const overdue = sweepRequest(held, new Date('2026-12-08T09:00:00+08:00'), noCountyHead, NO_HOLIDAYS);
    expect(overdue.notices).toEqual([{ kind: 'overdueAlert', staffOf: 'c1' }]);
    expect(overdue.events[0].what).toBe('县民政局超过限期（12月4日）未解决，已提醒县里督办');
    // Handed back: to the county staff member who assigned it, at the county, with the county's time again.
    const back = returnToTownship(
      held,
      { actor: { ...countyActor, id: 'd-min', name: '刘民政' }, now: friday, opId: 'op-back-0001', reason: '不归民政' },
      NO_HOLIDAYS,
    );
    expect(back.set).toEqual(
      expect.objectContaining({
        state: 'escalated',
        level: 'county',
        levelNode: { id: 'c1', name: '望江县' },
        openHandlerId: 's-c1',
        deadline: new Date('2026-12-11T23:59:59.999+08:00'),
      }),
    );
    expect(back.events[0].what).toBe('县民政局退回县里，由县里重新安排');
    // Where it goes back is one rule: the page's button reads 退回县里 from it, and so does a refused 改派.
    expect(handBackLevel(held)).toBe('county');
    expect(handBackLevel(atTownship())).toBe('township');
    const clerk = user('d-min', { name: '刘民政', roles: ['departmentStaff'], departmentId: 'dep-minzheng' });
    const toTownshipHead = { person: townshipHead, place: handlingPlaceOf(townshipHead, held), forDepartment: true };
    const clerkStep = { actor: { ...countyActor, id: 'd-min', name: '刘民政' }, now: friday, opId: 'op-re-0009', note: '给乡里' };
    expect(allowedSteps(clerk, held)).toContain('returnToTownship');
    expect(() => reassignRequest(held, clerkStep, toTownshipHead, NO_HOLIDAYS)).toThrow(
      expect.objectContaining({ code: 'NOT_A_HANDLER_HERE', message: expect.stringContaining('“退回县里”') }),
    );
  });

  it('reassigned to a county colleague it stays at the county with the county’s time', () => {
    const request = atCounty();
    const place = handlingPlaceOf(countyColleague, request);
    expect(place).toEqual(expect.objectContaining({ level: 'county', node: { id: 'c1', name: '望江县' } }));
    const change = reassignRequest(
      request,
      { actor: countyActor, now: friday, opId: 'op-re-0001', note: '由分管同志办理' },
      { person: countyColleague, place },
      NO_HOLIDAYS,
    );
    expect(change.set).toEqual(
      expect.objectContaining({ level: 'county', openHandlerId: 's-c1b', deadline: new Date('2026-12-11T23:59:59.999+08:00') }),
    );
    // Below the county a county staff member is still placed at the township, as before.
    expect(handlingPlaceOf(countyColleague, atTownship())?.level).toBe('township');
  });

  it('lists: a county cadre sees what reached the county; a village cadre sees it too', () => {
    const depth = (id: string) => ({ c1: 0, t1: 1, v1: 2 })[id];
    const countyCadre = user('cad-c', { nodeDuties: [{ nodeId: 'c1', title: '县委副书记', firstResponsible: true }] });
    expect(areaOf(countyCadre, depth).levelNodes).toEqual([{ nodeId: 'c1', levels: ['county'] }]);
    const villageCadre = user('cad-v', { nodeDuties: [{ nodeId: 'v1', title: '村书记', firstResponsible: true }] });
    expect(areaOf(villageCadre, depth).levelNodes).toEqual([{ nodeId: 'v1', levels: ['village', 'township', 'county'] }]);
    expect(allowedSteps(countyCadre, atCounty())).toEqual(['addNote']);
  });
});
