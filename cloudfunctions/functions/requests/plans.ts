import { planDueInstant, stateLabelOf } from '../../domain/requests/planSteps';
import type { ResidentRequest } from '../../domain/requests/ResidentRequest';
import { actorLabel } from '../../domain/requests/timeline';
import { DomainError } from '../../domain/shared/DomainError';
import type { PlanItemDto } from '../../contract/requests';
import { defineAction } from '../../shared/defineAction';
import { excerpt, planDto } from '../../shared/requests/toRequestDto';
import { pageOfPlans } from './support/planStore';

function toPlanItem(request: ResidentRequest, now: Date): PlanItemDto | null {
  const plan = planDto(request);
  if (!plan || !request.plan) return null;
  const dueAt = planDueInstant(request.plan.targetDate);
  return {
    id: request._id,
    code: request.code,
    categoryName: request.categoryName,
    place: `${request.villageName} ${request.gridName}`,
    excerpt: excerpt(request.text),
    stateLabel: stateLabelOf(request),
    plan,
    plannedBy: actorLabel(request.plan.by, request, 'internal'),
    due: dueAt !== null && dueAt.getTime() <= now.getTime(),
  };
}

/**
 * 中长期规划: the outstanding plans in the staff member's jurisdiction,
 * soonest date first, those whose date has come marked (reopened for
 * follow-up and not yet done); `due` lists only those.
 */
export const plans = defineAction('requests', 'plans', {
  access: 'staff',
  async run({ due, after }, { db, caller, now }) {
    if (!caller.staffScopeId) throw new DomainError('FORBIDDEN');
    const page = await pageOfPlans(db, caller.staffScopeId, due === true, after, now);
    return {
      items: page.docs.map((request) => toPlanItem(request, now)).filter((item): item is PlanItemDto => item !== null),
      total: page.total,
      next: page.next,
    };
  },
});
