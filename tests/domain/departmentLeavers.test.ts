import { allowedSteps, requireStep } from '../../cloudfunctions/domain/requests/access';
import { actsForDepartment, handlingPlaceOf, reassignRequest } from '../../cloudfunctions/domain/requests/reassignRequest';
import { acceptedByClerk, clerkActor, staffActor } from './support/departments';
import { duty, MONDAY, NO_HOLIDAYS, user } from './support/requests';

/**
 * A department's request is acted on by the department's staff: someone
 * who held it and has since been moved to another department (or out of
 * any) no longer resolves, reassigns or pauses it; the department's staff
 * and the township's still can. The department reassigns only within
 * itself: what is not its own goes back to the township (退回乡镇).
 */
it('takes the steps away from a holder who moved to another department, and leaves them to its staff and the township', () => {
  const request = acceptedByClerk();
  const clerk = user('d-min', { name: '刘民政', roles: ['departmentStaff'], departmentId: 'dep-minzheng' });
  expect(allowedSteps(clerk, request)).toEqual(expect.arrayContaining(['resolve', 'reassign', 'returnToTownship']));
  const moved = { ...clerk, departmentId: 'dep-water' };
  for (const step of ['resolve', 'reassign', 'suspend', 'returnToTownship'] as const) {
    expect(() => requireStep(moved, request, step)).toThrow(expect.objectContaining({ code: 'NO_LONGER_IN_CHARGE' }));
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
