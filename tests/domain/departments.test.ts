import { departmentMembership } from '../../cloudfunctions/domain/departments/departmentMembership';
import type { Department } from '../../cloudfunctions/domain/departments/Department';
import { departmentVersion, saveDepartment } from '../../cloudfunctions/domain/departments/saveDepartment';
import { allowedSteps, requireStep } from '../../cloudfunctions/domain/requests/access';
import { assignToDepartment, returnToTownship } from '../../cloudfunctions/domain/requests/departmentSteps';
import { escalateRequest } from '../../cloudfunctions/domain/requests/escalateRequest';
import { acceptRequest, resolveRequest } from '../../cloudfunctions/domain/requests/handlerSteps';
import { handlingPlaceOf, reassignRequest } from '../../cloudfunctions/domain/requests/reassignRequest';
import type { Actor, ResidentRequest } from '../../cloudfunctions/domain/requests/ResidentRequest';
import { sweepRequest } from '../../cloudfunctions/domain/requests/sweepRequest';
import { context, duty, filed, HEAD, hours, later, MEDIATOR, MONDAY, NO_HOLIDAYS, run, user } from './support/requests';

const routing = context({ members: [HEAD, MEDIATOR] });
const mediator: Actor = { id: 'm-med', name: '周义青', role: 'gridMember', title: '调解员' };
const townshipStaff = user('s-town', { name: '黄文斌', roles: ['staff'], staffScopeId: 't1' });
const otherTownship = user('s-other', { name: '外乡', roles: ['staff'], staffScopeId: 't2' });
const staffActor: Actor = { id: 's-town', name: '黄文斌', role: 'staff', title: '工作人员' };
const clerk = user('d-min', { name: '刘民政', roles: ['departmentStaff'], departmentId: 'dep-minzheng' });
const clerkActor: Actor = { id: 'd-min', name: '刘民政', role: 'staff', title: '县民政局' };
const colleague = user('d-min2', { name: '张民政', roles: ['departmentStaff'], departmentId: 'dep-minzheng' });
const stranger = user('d-water', { name: '水利', roles: ['departmentStaff'], departmentId: 'dep-water' });

const bureau: Department = {
  _id: 'dep-minzheng',
  name: '县民政局',
  level: 'county',
  placeId: 'c1',
  placeName: '望江县',
  categoryIds: ['hardship'],
  active: true,
  createdAt: MONDAY,
  updatedAt: MONDAY,
  history: [],
};

/** A request escalated up to the township (grid → village → township). */
function atTownship(): ResidentRequest {
  const step = (opId: string) => ({ actor: mediator, now: MONDAY, opId, reason: '网格解决不了' });
  const inVillage = run(filed(routing), (r) => escalateRequest(r, step('op-esc-0001'), routing, NO_HOLIDAYS));
  return run(inVillage, (r) => escalateRequest(r, { ...step('op-esc-0002'), actor: staffActor }, routing, NO_HOLIDAYS));
}

const assign = (r: ResidentRequest, workdays = 5, department: Department = bureau) =>
  assignToDepartment(
    r,
    { actor: staffActor, now: MONDAY, opId: 'op-dept-0001', note: '请核实低保条件', workdays },
    department,
    NO_HOLIDAYS,
    ['d-min', 'd-min2'],
  );

describe('限期解决: a township assigns a department', () => {
  it('gives the department a deadline in working days, tells its staff and the resident, keeps the note', () => {
    const request = atTownship();
    const change = assign(request);
    // Monday + 5 working days = the next Monday, end of day.
    const deadline = new Date('2026-11-30T23:59:59.999+08:00');
    expect(change.set).toEqual(
      expect.objectContaining({ state: 'assigned', handler: null, openHandlerId: null, openDepartmentId: 'dep-minzheng', deadline }),
    );
    expect(change.set.department).toEqual(expect.objectContaining({ name: '县民政局', workdays: 5, deadline, overdue: false }));
    expect(change.notices).toEqual([
      { kind: 'newTask', to: 'd-min' },
      { kind: 'newTask', to: 'd-min2' },
      { kind: 'assigned', to: 'r-wang' },
    ]);
    expect(change.events[0]).toEqual(
      expect.objectContaining({
        kind: 'departmentAssigned',
        what: '交由县民政局办理，限5个工作日内解决（11月30日前）',
        note: '请核实低保条件',
      }),
    );
  });

  it('refuses a request not yet at the township, a retired or foreign department, and a bad number of days', () => {
    expect(() => assign(filed(routing))).toThrow(expect.objectContaining({ code: 'NOT_AT_TOWNSHIP' }));
    expect(() => assign(atTownship(), 5, { ...bureau, active: false })).toThrow(
      expect.objectContaining({ code: 'DEPARTMENT_UNAVAILABLE' }),
    );
    expect(() => assign(atTownship(), 5, { ...bureau, placeId: 'c2' })).toThrow(
      expect.objectContaining({ code: 'DEPARTMENT_UNAVAILABLE' }),
    );
    const station = { ...bureau, level: 'township' as const, placeId: 't2' };
    expect(() => assign(atTownship(), 5, station)).toThrow(expect.objectContaining({ code: 'DEPARTMENT_UNAVAILABLE' }));
    expect(() => assign(atTownship(), 0)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => assign(atTownship(), 61)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });

  it('lets only staff over the township assign, and only its department act on it', () => {
    const request = atTownship();
    expect(allowedSteps(townshipStaff, request)).toContain('assignDepartment');
    expect(() => requireStep(otherTownship, request, 'assignDepartment')).toThrow(expect.objectContaining({ code: 'OUT_OF_JURISDICTION' }));
    const held = run(request, (r) => assign(r));
    expect(allowedSteps(clerk, held)).toEqual(expect.arrayContaining(['accept', 'addNote', 'returnToTownship']));
    expect(allowedSteps(clerk, held)).not.toContain('reject');
    expect(() => requireStep(stranger, held, 'accept')).toThrow(expect.objectContaining({ code: 'OUT_OF_JURISDICTION' }));
    // Township staff no longer take it from a queue: it is the department's.
    expect(() => requireStep(townshipStaff, held, 'accept')).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
  });

  it('is accepted and resolved by the department, which is kept as who solved it', () => {
    const held = run(atTownship(), (r) => assign(r));
    const accepted = run(held, (r) => acceptRequest(r, { actor: clerkActor, now: later(MONDAY, hours(1)), opId: 'op-acc-0001' }));
    expect(accepted.handler?.id).toBe('d-min');
    expect(accepted.ledger.at(-1)?.what).toBe('县民政局受理了诉求，开始办理');
    expect(allowedSteps(colleague, accepted)).toContain('resolve');
    const resolved = run(accepted, (r) =>
      resolveRequest(r, { actor: clerkActor, now: later(MONDAY, hours(3)), opId: 'op-res-0001' }, { text: '已纳入低保', photos: [] }),
    );
    expect(resolved).toEqual(expect.objectContaining({ state: 'resolved', openDepartmentId: null, openHandlerId: null }));
    expect(resolved.department?.name).toBe('县民政局');
    expect(allowedSteps(clerk, resolved)).not.toContain('returnToTownship');
  });

  it('is handed back to the staff member who assigned it, with the reason', () => {
    const held = run(atTownship(), (r) => assign(r));
    const change = returnToTownship(held, { actor: clerkActor, now: MONDAY, opId: 'op-back-0001', reason: '不属于民政职责' }, NO_HOLIDAYS);
    expect(change.set).toEqual(
      expect.objectContaining({ state: 'escalated', department: null, openDepartmentId: null, openHandlerId: 's-town', level: 'township' }),
    );
    expect(change.events[0]).toEqual(expect.objectContaining({ kind: 'departmentReturned', note: '不属于民政职责' }));
    expect(change.notices).toEqual([{ kind: 'newTask', to: 's-town' }]);
  });

  it('is marked overdue past its deadline and flagged to the township and the county (督办), once', () => {
    const held = run(atTownship(), (r) => assign(r));
    const tuesdayAfter = new Date('2026-12-01T09:00:00+08:00');
    const change = sweepRequest(held, tuesdayAfter, routing, NO_HOLIDAYS);
    expect(change.set).toEqual(expect.objectContaining({ sweepAt: null }));
    expect(change.set.department).toEqual(expect.objectContaining({ overdue: true }));
    expect(change.notices).toEqual([
      { kind: 'overdueAlert', staffOf: 't1' },
      { kind: 'overdueAlert', staffOf: 'c1' },
    ]);
    expect(change.events[0].what).toBe('县民政局超过限期（11月30日）未解决，已提醒凉泉乡和县里督办');
    const after = run(held, () => change);
    expect(sweepRequest(after, later(tuesdayAfter, hours(48)), routing, NO_HOLIDAYS).events).toEqual([]);
  });
});

describe('改派: reassign with a note', () => {
  it('gives the request to another cadre of its place with a new time limit, telling them and the resident', () => {
    const request = filed(routing);
    const head = user('m-head', { name: '汪德华', roles: ['gridMember'], gridDuties: [duty(['other'], '网格长', true)] });
    const change = reassignRequest(
      request,
      { actor: mediator, now: MONDAY, opId: 'op-re-00001', note: '这事属于环境卫生，由网格长处理' },
      { person: head, place: handlingPlaceOf(head, request) },
      NO_HOLIDAYS,
    );
    expect(change.set).toEqual(expect.objectContaining({ state: 'assigned', openHandlerId: 'm-head', level: 'grid' }));
    expect(change.events[0]).toEqual(
      expect.objectContaining({ kind: 'reassigned', note: '这事属于环境卫生，由网格长处理', noteVisibility: 'owner' }),
    );
    expect(change.events[0].what).toContain('改派：由第一网格 汪德华（网格长） 办理');
    expect(change.notices).toEqual([
      { kind: 'newTask', to: 'm-head' },
      { kind: 'assigned', to: 'r-wang' },
    ]);
  });

  it('refuses someone with no duty over the request, and the current holder', () => {
    const request = filed(routing);
    const input = { actor: mediator, now: MONDAY, opId: 'op-re-00002', note: '改派' };
    expect(handlingPlaceOf(otherTownship, request)).toBeNull();
    expect(() => reassignRequest(request, input, { person: otherTownship, place: null }, NO_HOLIDAYS)).toThrow(
      expect.objectContaining({ code: 'NOT_A_HANDLER_HERE' }),
    );
    const holder = user(request.handler?.id ?? '', { roles: ['gridMember'], gridDuties: [duty(['mediation'])] });
    expect(() => reassignRequest(request, input, { person: holder, place: handlingPlaceOf(holder, request) }, NO_HOLIDAYS)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
  });

  it('within a department keeps the department and its deadline', () => {
    const accepted = run(
      atTownship(),
      (r) => assign(r),
      (r) => acceptRequest(r, { actor: clerkActor, now: MONDAY, opId: 'op-acc-0002' }),
    );
    const change = reassignRequest(
      accepted,
      { actor: clerkActor, now: later(MONDAY, hours(1)), opId: 'op-re-00003', note: '由张民政上门核实' },
      { person: colleague, place: handlingPlaceOf(colleague, accepted) },
      NO_HOLIDAYS,
    );
    expect(change.set.department).toBeUndefined();
    expect(change.set.deadline).toBeUndefined();
    expect(change.set).toEqual(expect.objectContaining({ openHandlerId: 'd-min2', state: 'assigned' }));
  });
});

describe('departments and their staff', () => {
  const admin = { _id: 'a-county', roles: ['admin' as const], staffScopeId: 'c1' };
  const county = { _id: 'c1', level: 'county' as const, name: '望江县', ancestorIds: [] };
  const known = { categoryIds: new Set(['hardship', 'water']), siblings: [], newId: 'dep-new', now: MONDAY };

  it('are created and edited by an administrator over their place, every edit kept', () => {
    const created = saveDepartment(admin, county, null, { name: '县民政局', categoryIds: ['hardship'], active: true }, known);
    expect(created).toEqual(expect.objectContaining({ _id: 'dep-new', level: 'county', placeId: 'c1', placeName: '望江县' }));
    const edit = { name: '县民政局', categoryIds: ['hardship', 'water'], active: false };
    const edited = saveDepartment(admin, county, created, { ...edit, version: departmentVersion(created) }, known);
    expect(edited.history.map((h) => h.what)).toEqual(['新建望江县县民政局', '调整了承办类别，停用']);
    expect(departmentVersion(edited)).toBe(departmentVersion(created) + 1);
    // An editor opened before that edit (or sending no version) does not overwrite it.
    for (const stale of [departmentVersion(created), undefined]) {
      expect(() => saveDepartment(admin, county, edited, { ...edit, active: true, version: stale }, known)).toThrow(
        expect.objectContaining({ code: 'CONFLICT' }),
      );
    }
    const outside = { ...admin, staffScopeId: 't9' };
    expect(() => saveDepartment(outside, county, null, { name: 'x', categoryIds: [], active: true }, known)).toThrow(
      expect.objectContaining({ code: 'OUT_OF_JURISDICTION' }),
    );
    const village = { _id: 'v1', level: 'village' as const, name: '湖滨村', ancestorIds: ['c1', 't1'] };
    expect(() => saveDepartment(admin, village, null, { name: 'x', categoryIds: [], active: true }, known)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
    expect(() => saveDepartment(admin, county, null, { name: 'x', categoryIds: ['nope'], active: true }, known)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
  });

  it('keeps one name to one department of a place (renaming itself is fine)', () => {
    const existing = saveDepartment(admin, county, null, { name: '县民政局', categoryIds: ['hardship'], active: true }, known);
    const withIt = { ...known, siblings: [existing], newId: 'dep-second' };
    expect(() => saveDepartment(admin, county, null, { name: '县民政局', categoryIds: [], active: true }, withIt)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
    expect(
      saveDepartment(admin, county, existing, { name: '县民政局', categoryIds: ['water'], active: true, version: 0 }, withIt).name,
    ).toBe('县民政局');
    expect(saveDepartment(admin, county, null, { name: '县水利局', categoryIds: [], active: true }, withIt)._id).toBe('dep-second');
  });

  it('gives and takes the department role with the department, one department at a time', () => {
    const joined = departmentMembership({ roles: ['resident'], departmentId: null }, bureau, true);
    expect(joined).toEqual({ roles: ['resident', 'departmentStaff'], departmentId: 'dep-minzheng' });
    expect(() => departmentMembership(joined, { _id: 'dep-water' }, true)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(departmentMembership(joined, bureau, false)).toEqual({ roles: ['resident'], departmentId: null });
  });
});
