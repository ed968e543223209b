import type { HandOptionsDto } from '../../contract/requests';
import { MAX_DEPARTMENT_WORKDAYS } from '../../domain/departments/vocabulary';
import { allowedSteps, requireSight } from '../../domain/requests/access';
import { departmentServes } from '../../domain/requests/departmentSteps';
import { assigneeRefusal, reassignTarget } from '../../domain/requests/reassignRequest';
import { departmentsOf } from '../../shared/departmentStore';
import { defineAction } from '../../shared/defineAction';
import { loadRequest } from '../../shared/requests/requestStore';
import { assigneesFor } from './support/store';

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'zh');

/**
 * Who the caller could hand the request to now: for 改派 everyone the
 * reassignment would accept (a duty over its place, staff over it, the
 * holding department's colleagues; the caller too when they do not hold it), for 交办
 * the departments serving it, those taking its category first. Empty lists
 * when the caller may do neither.
 */
export const handOptions = defineAction('requests', 'handOptions', {
  access: 'requestHandlers',
  async run({ requestId }, { db, caller }): Promise<HandOptionsDto> {
    const request = await loadRequest(db, requestId);
    requireSight(caller, request);
    const steps = allowedSteps(caller, request);
    const [people, departments] = await Promise.all([
      steps.includes('reassign') ? assigneesFor(db, request) : Promise.resolve([]),
      steps.includes('assignDepartment') ? departmentsOf(db, [request.placeIds[0], request.townshipId]) : Promise.resolve([]),
    ]);
    return {
      // Exactly whom 改派 would accept: the same domain check refuses everyone else.
      people: people
        .flatMap((person) => {
          const target = reassignTarget(caller, request, person);
          const place = target.place;
          return place && !assigneeRefusal(request, target)
            ? [{ id: person._id, name: person.name, title: place.title, place: place.node.name }]
            : [];
        })
        .sort(byName),
      departments: departments
        .filter((department) => departmentServes(department, request))
        .map((d) => ({ id: d._id, name: d.name, level: d.level, takesCategory: d.categoryIds.includes(request.categoryId) }))
        .sort((a, b) => Number(b.takesCategory) - Number(a.takesCategory) || byName(a, b)),
      defaultWorkdays: request.timeLimitDays,
      maxWorkdays: MAX_DEPARTMENT_WORKDAYS,
    };
  },
});
