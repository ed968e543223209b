import { assignToDepartment } from '../../domain/requests/departmentSteps';
import { DomainError } from '../../domain/shared/DomainError';
import { departmentMembers, findDepartment } from '../../shared/departmentStore';
import { defineAction } from '../../shared/defineAction';
import { loadCalendar } from '../../shared/workCalendarStore';
import { runStep } from './support/runStep';

/** 限期解决: township staff hand a request at the township to a department, with a deadline and a note. */
export const assignDepartment = defineAction('requests', 'assignDepartment', {
  access: 'staff',
  run: (input, context) =>
    runStep(context, input, 'assignDepartment', async (request, actor) => {
      const [department, calendar] = await Promise.all([findDepartment(context.db, input.departmentId), loadCalendar(context.db)]);
      if (!department) throw new DomainError('NOT_FOUND', '没有找到这个部门，请刷新后重选');
      const staff = await departmentMembers(context.db, [department._id]);
      const staffIds = staff.filter((person) => person.roles.includes('departmentStaff')).map((person) => person._id);
      const step = { actor, now: context.now, opId: input.opId, note: input.note, workdays: input.workdays };
      return { change: assignToDepartment(request, step, department, calendar, staffIds) };
    }),
});
