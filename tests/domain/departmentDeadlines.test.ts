import { departmentWords } from '../../cloudfunctions/domain/requests/departmentSteps';
import { resolveRequest, resumeRequest, suspendRequest } from '../../cloudfunctions/domain/requests/handlerSteps';
import { handlingPlaceOf, reassignRequest } from '../../cloudfunctions/domain/requests/reassignRequest';
import { notSolved } from '../../cloudfunctions/domain/requests/residentSteps';
import type { Actor, ResidentRequest } from '../../cloudfunctions/domain/requests/ResidentRequest';
import { sweepRequest } from '../../cloudfunctions/domain/requests/sweepRequest';
import { acceptedByClerk as acceptedByDepartment, clerkActor, routing, staffActor } from './support/departments';
import { hours, later, MONDAY, NO_HOLIDAYS, run, user } from './support/requests';

/**
 * A department's 限期 is one round's: a request handed back to it by the
 * resident's 没解决 starts a new round with a fresh deadline, and whoever
 * takes it over within the department (改派) works to that round's date,
 * never to one already past; a paused request's 限期 moves with its clock.
 */
const resident: Actor = { id: 'r-wang', name: '王秀英', role: 'resident', title: '' };
const colleague = user('d-min2', { name: '张民政', roles: ['departmentStaff'], departmentId: 'dep-minzheng' });
/** Three weeks on: the department's first 限期 (5 working days from MONDAY) is long past. */
const LATER = new Date('2026-12-14T10:00:00+08:00');

function reopened(): ResidentRequest {
  return run(
    acceptedByDepartment(),
    (r) => resolveRequest(r, { actor: clerkActor, now: later(MONDAY, hours(2)), opId: 'op-res-0001' }, { text: '已办', photos: [] }),
    (r) => notSolved(r, { actor: resident, now: LATER, opId: 'op-ns-00001', reason: '还没有发下来' }, NO_HOLIDAYS, null),
  );
}

it("没解决 on a department's resolution gives it back to the department with a fresh 限期 of its working days", () => {
  const request = reopened();
  const fresh = new Date('2026-12-21T23:59:59.999+08:00');
  expect(request).toEqual(
    expect.objectContaining({ state: 'reopened', openDepartmentId: 'dep-minzheng', deadline: fresh, sweepAt: fresh }),
  );
  expect(request.department).toEqual(expect.objectContaining({ id: 'dep-minzheng', deadline: fresh, overdue: false, workdays: 5 }));
  expect(request.handler?.id).toBe('d-min');
  expect(request.ledger.at(-1)?.what).toBe('反映没解决，退回县民政局重新办理，限5个工作日内解决（12月21日前）');
  expect(departmentWords(request.department!, LATER)).toBe('县民政局（限12月21日前解决）');
});

it('改派 within the department after a reopen works to the new round’s date, not the one already past', () => {
  const request = reopened();
  const change = reassignRequest(
    request,
    { actor: clerkActor, now: later(LATER, hours(1)), opId: 'op-re-00001', note: '由张民政上门核实' },
    { person: colleague, place: handlingPlaceOf(colleague, request) },
    NO_HOLIDAYS,
  );
  const after = run(request, () => change);
  expect(after).toEqual(expect.objectContaining({ state: 'assigned', openHandlerId: 'd-min2', openDepartmentId: 'dep-minzheng' }));
  expect(after.deadline!.getTime()).toBeGreaterThan(LATER.getTime());
  expect(change.events[0].what).toContain('12月21日前');
  // The sweep sees the new round running, not overdue.
  expect(sweepRequest(after, later(LATER, hours(2)), routing, NO_HOLIDAYS).events).toEqual([]);
});

it('a department that was overdue starts the new round no longer flagged', () => {
  const overdue = run(acceptedByDepartment(), (r) => sweepRequest(r, new Date('2026-12-01T09:00:00+08:00'), routing, NO_HOLIDAYS));
  expect(overdue.department?.overdue).toBe(true);
  const request = run(
    overdue,
    (r) => resolveRequest(r, { actor: clerkActor, now: LATER, opId: 'op-res-0002' }, { text: '已办', photos: [] }),
    (r) => notSolved(r, { actor: resident, now: LATER, opId: 'op-ns-00002', reason: '没解决' }, NO_HOLIDAYS, null),
  );
  expect(request.department).toEqual(expect.objectContaining({ overdue: false, deadline: request.deadline }));
});

it("resuming a paused department request moves the department's 限期 with the clock", () => {
  const paused = run(acceptedByDepartment(), (r) =>
    suspendRequest(r, { actor: staffActor, now: later(MONDAY, hours(1)), opId: 'op-sus-0001' }, '等材料', NO_HOLIDAYS),
  );
  const resumed = run(paused, (r) => resumeRequest(r, { actor: clerkActor, now: LATER, opId: 'op-resu-001' }, NO_HOLIDAYS));
  expect(resumed.deadline!.getTime()).toBeGreaterThan(LATER.getTime());
  expect(resumed.department?.deadline).toEqual(resumed.deadline);
});
