import { isStaffOver } from '../jurisdiction/isStaffOver';
import { servesGrid, type Server } from '../requests/requireMayFileFor';
import { DomainError } from '../shared/DomainError';
import type { ProxyCase } from './ProxyCase';
import type { ProxyStep } from './caseSteps';

/** Who a case could be handed to: what decides whether they serve its grid, and how they are named. */
export type CaseAgent = Server & { _id: string; name: string };

/**
 * Who may 改派 a case: staff over its place (the same people who see it
 * from the 工作台), or its agent while they still serve its grid (handing it
 * to a colleague). An agent moved away or whose role was removed cannot:
 * staff over the grid hand it on, as for a 诉求 (requests.reassign).
 */
export function mayReassignCase(proxyCase: Pick<ProxyCase, 'agentId' | 'placeIds' | 'gridId'>, caller: CaseAgent): boolean {
  if (isStaffOver(caller, proxyCase.placeIds)) return true;
  return proxyCase.agentId === caller._id && servesGrid(caller, proxyCase.placeIds, proxyCase.gridId);
}

/**
 * Why the case cannot go to this person (null: it can): they must serve
 * its grid now (a grid member of it, or staff over it: who may open a case
 * there), and not hold it already. The options list leaves out everyone it
 * refuses, so what is offered is what is accepted.
 */
export function caseAssigneeRefusal(proxyCase: Pick<ProxyCase, 'agentId' | 'placeIds' | 'gridId'>, person: CaseAgent): DomainError | null {
  if (!servesGrid(person, proxyCase.placeIds, proxyCase.gridId)) {
    return new DomainError('NOT_A_HANDLER_HERE', '此人不负责这件代办所在的网格，不能改派给他，请选择其他人', [
      { path: 'personId', message: '不负责这个网格' },
    ]);
  }
  if (proxyCase.agentId === person._id) {
    return new DomainError('INVALID_INPUT', '他已经在经办这件代办，请选择其他人', [{ path: 'personId', message: '已在经办' }]);
  }
  return null;
}

/**
 * What 改派 checks before the person it goes to is even looked up: the
 * caller's right over the case, its stage, the version seen. So a caller
 * without the right learns nothing about whether a person id exists.
 */
export function assertMayReassignNow(proxyCase: ProxyCase, step: Pick<ProxyStep, 'actor' | 'version'>): void {
  if (!mayReassignCase(proxyCase, { ...step.actor, _id: step.actor.id })) {
    if (proxyCase.agentId === step.actor.id) throw new DomainError('NO_LONGER_IN_CHARGE');
    throw new DomainError('FORBIDDEN', '只有管辖这个网格的工作人员或经办的代办员可以改派这件代办');
  }
  if (proxyCase.stage === 'done') throw new DomainError('CASE_STEP_OUT_OF_ORDER', '这件代办已经交还，不能再改派');
  if (proxyCase.version !== step.version) throw new DomainError('CONFLICT');
}

/**
 * 改派 a case: staff over it (or its agent still in charge) hand an open
 * case to another agent who serves its grid, saying why. The stage and its
 * deadline stay (the resident's clock does not restart); the new agent
 * finds it in their list and takes the next steps; the timeline says who
 * handed it from whom to whom and why, for the resident and the ledger.
 * Written on the version the caller saw: a case moved on meanwhile is CONFLICT.
 */
export function reassignCase(proxyCase: ProxyCase, input: { person: CaseAgent; reason: string }, step: ProxyStep): ProxyCase {
  assertMayReassignNow(proxyCase, step);
  const refusal = caseAssigneeRefusal(proxyCase, input.person);
  if (refusal) throw refusal;
  const what = `改派：由${proxyCase.agentName}改为${input.person.name}经办，原因：${input.reason}`;
  return {
    ...proxyCase,
    agentId: input.person._id,
    agentName: input.person.name,
    // A message the old agent missed is no longer anyone's concern; whether the new one is reached is known after the write.
    agentUnreached: null,
    reassignedAt: step.now,
    timeline: [
      ...proxyCase.timeline,
      { at: step.now, by: step.actor.id, byName: step.actor.name, step: 'reassign', what, photos: [], opId: step.opId },
    ],
    version: proxyCase.version + 1,
    updatedAt: step.now,
  };
}
