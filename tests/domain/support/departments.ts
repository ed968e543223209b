import type { Department } from '../../../cloudfunctions/domain/departments/Department';
import { assignToDepartment } from '../../../cloudfunctions/domain/requests/departmentSteps';
import { escalateRequest } from '../../../cloudfunctions/domain/requests/escalateRequest';
import { acceptRequest } from '../../../cloudfunctions/domain/requests/handlerSteps';
import type { Actor, ResidentRequest } from '../../../cloudfunctions/domain/requests/ResidentRequest';
import { context, filed, HEAD, MEDIATOR, MONDAY, NO_HOLIDAYS, run } from './requests';

export const routing = context({ members: [HEAD, MEDIATOR] });
export const mediator: Actor = { id: 'm-med', name: '周义青', role: 'gridMember', title: '调解员' };
export const staffActor: Actor = { id: 's-town', name: '黄文斌', role: 'staff', title: '工作人员' };
export const clerkActor: Actor = { id: 'd-min', name: '刘民政', role: 'staff', title: '县民政局' };

/** 县民政局 of county c1, taking 帮扶解困. */
export const bureau: Department = {
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

/** Escalated to the township, assigned to 县民政局 for 5 working days on MONDAY, accepted by 刘民政 (d-min). */
export function acceptedByClerk(): ResidentRequest {
  const step = (opId: string, actor: Actor) => ({ actor, now: MONDAY, opId, reason: '网格解决不了' });
  return run(
    filed(routing),
    (r) => escalateRequest(r, step('op-esc-0001', mediator), routing, NO_HOLIDAYS),
    (r) => escalateRequest(r, step('op-esc-0002', staffActor), routing, NO_HOLIDAYS),
    (r) =>
      assignToDepartment(r, { actor: staffActor, now: MONDAY, opId: 'op-dep-0001', note: '请核实', workdays: 5 }, bureau, NO_HOLIDAYS, []),
    (r) => acceptRequest(r, { actor: clerkActor, now: MONDAY, opId: 'op-acc-0001' }),
  );
}
