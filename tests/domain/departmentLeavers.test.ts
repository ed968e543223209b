import type { Department } from '../../cloudfunctions/domain/departments/Department';
import { allowedSteps, requireStep } from '../../cloudfunctions/domain/requests/access';
import { assignToDepartment } from '../../cloudfunctions/domain/requests/departmentSteps';
import { escalateRequest } from '../../cloudfunctions/domain/requests/escalateRequest';
import { acceptRequest } from '../../cloudfunctions/domain/requests/handlerSteps';
import { actsForDepartment, handlingPlaceOf, reassignRequest } from '../../cloudfunctions/domain/requests/reassignRequest';
import type { Actor, ResidentRequest } from '../../cloudfunctions/domain/requests/ResidentRequest';
import { context, duty, filed, HEAD, MEDIATOR, MONDAY, NO_HOLIDAYS, run, user } from './support/requests';

/**
 * A department's request is acted on by the department's staff: someone
 * who held it and has since been moved to another department (or out of
 * any) no longer resolves, reassigns or pauses it; the department's staff
 * and the township's still can. The department reassigns only within
 * itself: what is not its own goes back to the township (退回乡镇).
 */
const routing = context({ members: [HEAD, MEDIATOR] });
const mediator: Actor = { id: 'm-med', name: '周义青', role: 'gridMember', title: '调解员' };
const staffActor: Actor = { id: 's-town', name: '黄文斌', role: 'staff', title: '工作人员' };
const clerkActor: Actor = { id: 'd-min', name: '刘民政', role: 'staff', title: '县民政局' };
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

function acceptedByClerk(): ResidentRequest {
  const step = (opId: string, actor: Actor) => ({ actor, now: MONDAY, opId, reason: '解决不了' });
  return run(
    filed(routing),
    (r) => escalateRequest(r, step('op-esc-0001', mediator), routing, NO_HOLIDAYS),
    (r) => escalateRequest(r, step('op-esc-0002', staffActor), routing, NO_HOLIDAYS),
    (r) => assignToDepartment(r, { actor: staffActor, now: MONDAY, opId: 'op-dep-0001', note: '请核实', workdays: 5 }, bureau, NO_HOLIDAYS, []),
    (r) => acceptRequest(r, { actor: clerkActor, now: MONDAY, opId: 'op-acc-0001' }),
  );
}

it('takes the steps away from a holder who moved to another department, and leaves them to its staff and the township', () => {
  const request = acceptedByClerk();
  const clerk = user('d-min', { name: '刘民政', roles: ['departmentStaff'], departmentId: 'dep-minzheng' });
  expect(allowedSteps(clerk, request)).toEqual(expect.arrayContaining(['resolve', 'reassign', 'suspend']));
  const moved = { ...clerk, departmentId: 'dep-water' };
  for (const step of ['resolve', 'reassign', 'suspend', 'returnToTownship'] as const) {
    expect(() => requireStep(moved, request, step)).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
  }
  const colleague = user('d-min2', { name: '张民政', roles: ['departmentStaff'], departmentId: 'dep-minzheng' });
  expect(allowedSteps(colleague, request)).toContain('resolve');
  const township = user('s-town', { name: '黄文斌', roles: ['staff'], staffScopeId: 't1' });
  expect(allowedSteps(township, request)).toContain('reassign');
});

it("lets a department's staff reassign to colleagues only; the township's staff to anyone with a duty there", () => {
  const request = acceptedByClerk();
  const clerk = user('d-min', { name: '刘民政', roles: ['departmentStaff'], departmentId: 'dep-minzheng' });
  const colleague = user('d-min2', { name: '张民政', roles: ['departmentStaff'], departmentId: 'dep-minzheng' });
  const gridHead = user('m-head', { name: '汪德华', roles: ['gridMember'], gridDuties: [duty(['other'], '网格长', true)] });
  const township = user('s-town', { name: '黄文斌', roles: ['staff'], staffScopeId: 't1' });
  const input = { actor: clerkActor, now: MONDAY, opId: 'op-re-00001', note: '交给网格长' };
  expect(actsForDepartment(clerk, request)).toBe(true);
  const toGrid = { person: gridHead, place: handlingPlaceOf(gridHead, request), forDepartment: true };
  expect(() => reassignRequest(request, input, toGrid, NO_HOLIDAYS)).toThrow(
    expect.objectContaining({ code: 'NOT_A_HANDLER_HERE', fields: [expect.objectContaining({ path: 'personId' })] }),
  );
  const toColleague = { person: colleague, place: handlingPlaceOf(colleague, request), forDepartment: true };
  expect(reassignRequest(request, input, toColleague, NO_HOLIDAYS).set.openHandlerId).toBe('d-min2');
  expect(actsForDepartment(township, request)).toBe(false);
  const byTownship = reassignRequest(request, { ...input, actor: staffActor }, { ...toGrid, forDepartment: false }, NO_HOLIDAYS);
  expect(byTownship.set).toEqual(expect.objectContaining({ openHandlerId: 'm-head', department: null }));
});
