import type { Department } from '../../cloudfunctions/domain/departments/Department';
import { allowedSteps, requireStep } from '../../cloudfunctions/domain/requests/access';
import { assignToDepartment } from '../../cloudfunctions/domain/requests/departmentSteps';
import { escalateRequest } from '../../cloudfunctions/domain/requests/escalateRequest';
import { acceptRequest } from '../../cloudfunctions/domain/requests/handlerSteps';
import type { Actor, ResidentRequest } from '../../cloudfunctions/domain/requests/ResidentRequest';
import { context, filed, HEAD, MEDIATOR, MONDAY, NO_HOLIDAYS, run, user } from './support/requests';

/**
 * A department's request is acted on by the department's staff: someone
 * who held it and has since been moved to another department (or out of
 * any) no longer resolves, reassigns or pauses it; the department's staff
 * and the township's still can.
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
