import { allowedSteps, requireStep } from '../../cloudfunctions/domain/requests/access';
import { acceptRequest, resumeRequest, suspendRequest } from '../../cloudfunctions/domain/requests/handlerSteps';
import { sweepRequest } from '../../cloudfunctions/domain/requests/sweepRequest';
import { acceptedByClerk, clerkActor, routing, staffActor } from './support/departments';
import { filed, hours, later, MONDAY, NO_HOLIDAYS, run, user } from './support/requests';

/**
 * 限期解决 (龙江: the township party committee "责成…具体责任部门限期解决"):
 * the 限期 is the level's that set it, so the department cannot stop its
 * clock by 挂起. The township's (or, at the county, the county's) staff may
 * pause it; the department may resume what they paused. Elsewhere the
 * handler still pauses their own work as before.
 */
const clerk = user('d-min', { name: '刘民政', roles: ['departmentStaff'], departmentId: 'dep-minzheng' });
const townshipStaff = user('s-town', { name: '黄文斌', roles: ['staff'], staffScopeId: 't1' });
const villageStaff = user('s-v1', { name: '村干部', roles: ['staff'], staffScopeId: 'v1' });
const countyStaff = user('s-c1', { name: '县值班', roles: ['staff'], staffScopeId: 'c1' });

it('the department that holds it cannot 挂起 it: the step is not offered and is refused with its own code', () => {
  const request = acceptedByClerk();
  expect(allowedSteps(clerk, request)).toEqual(expect.arrayContaining(['resolve', 'returnToTownship']));
  expect(allowedSteps(clerk, request)).not.toContain('suspend');
  expect(() => requireStep(clerk, request, 'suspend')).toThrow(expect.objectContaining({ code: 'DEADLINE_KEEPS_RUNNING' }));
});

it('the township that set the 限期 may pause it, a village’s staff may not; the department resumes it and the clock runs on', () => {
  const request = acceptedByClerk();
  expect(allowedSteps(townshipStaff, request)).toContain('suspend');
  expect(() => requireStep(villageStaff, request, 'suspend')).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
  const paused = run(request, (r) =>
    suspendRequest(r, { actor: staffActor, now: later(MONDAY, hours(1)), opId: 'op-sus-0001' }, '等县里政策', NO_HOLIDAYS),
  );
  expect(allowedSteps(clerk, paused)).toContain('resume');
  const resumed = run(paused, (r) =>
    resumeRequest(r, { actor: clerkActor, now: later(MONDAY, hours(2)), opId: 'op-res-0001' }, NO_HOLIDAYS),
  );
  expect(resumed.state).toBe('accepted');
  expect(resumed.department?.deadline).toEqual(resumed.deadline);
  expect(allowedSteps(clerk, resumed)).not.toContain('suspend');
});

it('left with the department, its 限期 runs out and the township supervises (督办)', () => {
  const request = acceptedByClerk();
  const overdue = sweepRequest(request, new Date('2026-12-01T09:00:00+08:00'), routing, NO_HOLIDAYS);
  expect(overdue.set).toEqual(expect.objectContaining({ department: expect.objectContaining({ overdue: true }) }));
});

it('without a department the handler still pauses their own work', () => {
  const request = run(filed(routing), (r) =>
    acceptRequest(r, { actor: { id: 'm-head', name: '汪德华', role: 'gridMember', title: '网格长' }, now: MONDAY, opId: 'op-acc-0009' }),
  );
  const handler = user(request.handler!.id, {
    roles: ['gridMember'],
    gridDuties: [{ gridId: 'g1', title: '网格长', categoryIds: [], firstResponsible: true }],
  });
  expect(allowedSteps(handler, request)).toContain('suspend');
  expect(allowedSteps(countyStaff, request)).toContain('suspend');
});
