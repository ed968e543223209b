import { isStaffOver } from '../jurisdiction/isStaffOver';
import type { User } from '../people/User';
import { DomainError } from '../shared/DomainError';
import type { ProxyCase } from './ProxyCase';

/**
 * The resident of a case: the account it was opened for, or whoever WeChat
 * verified the written-down number for since (a typed number gives nothing).
 */
export function isResidentOf(proxyCase: Pick<ProxyCase, 'residentId' | 'residentPhone'>, person: Pick<User, '_id' | 'phone'>): boolean {
  return proxyCase.residentId === person._id || (person.phone !== '' && proxyCase.residentPhone === person.phone);
}

/** Who may read a case: its agent, its resident, staff over its grid. */
export function mayViewCase(proxyCase: ProxyCase, viewer: Pick<User, '_id' | 'phone' | 'roles' | 'staffScopeId'>): boolean {
  return proxyCase.agentId === viewer._id || isResidentOf(proxyCase, viewer) || isStaffOver(viewer, proxyCase.placeIds);
}

/** The resident rates a case once it is handed back, once. */
export function rateCase(
  proxyCase: ProxyCase,
  resident: Pick<User, '_id' | 'name' | 'phone'>,
  input: { stars: number; comment: string; opId: string },
  now: Date,
): ProxyCase {
  if (!isResidentOf(proxyCase, resident)) throw new DomainError('FORBIDDEN', '只有办这件代办的群众本人可以评价');
  if (proxyCase.stage !== 'done') throw new DomainError('CASE_STEP_OUT_OF_ORDER', '代办件交还给您以后才能评价');
  if (proxyCase.rating) throw new DomainError('ALREADY_RATED');
  const what = `群众评价：${input.stars}星${input.comment ? `，${input.comment}` : ''}`;
  return {
    ...proxyCase,
    rating: { stars: input.stars, comment: input.comment, at: now },
    timeline: [
      ...proxyCase.timeline,
      { at: now, by: resident._id, byName: resident.name, step: 'rate', what, photos: [], opId: input.opId },
    ],
    version: proxyCase.version + 1,
    updatedAt: now,
  };
}
