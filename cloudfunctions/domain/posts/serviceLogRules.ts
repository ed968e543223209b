import type { User } from '../people/User';
import { isIn } from '../people/audiences';
import { chinaDate } from '../shared/chinaTime';
import { DomainError } from '../shared/DomainError';
import { requireOwnUploads } from '../shared/uploads';
import type { Branch } from './Branch';
import type { Claim } from './Claim';
import type { PartyMember } from './PartyMember';
import { assertApprovedMember } from './registration';
import type { ServiceLog } from './ServiceLog';
import type { ServicePost } from './ServicePost';

export interface ServiceLogInput {
  date: string;
  hours: number;
  content: string;
  photos: string[];
  household?: string;
}

function dateError(message: string): DomainError {
  return new DomainError('INVALID_INPUT', undefined, [{ path: 'date', message }]);
}

/**
 * 上岗履诺: a log of service on a post the member holds, dated between the
 * day they claimed it and today, with their own photos. It waits for
 * verification; until approved its hours do not count.
 */
export function newServiceLog(
  input: ServiceLogInput,
  member: PartyMember | null,
  claim: Claim | null,
  post: ServicePost,
  now: Date,
  uploads: string,
): Omit<ServiceLog, '_id'> {
  assertApprovedMember(member);
  if (!claim || claim.status !== 'active' || claim.memberId !== member._id) {
    throw new DomainError('FORBIDDEN', '只能为您正在认领的岗位记录服务');
  }
  if (post.status !== 'open') throw new DomainError('POST_CLOSED');
  if (input.date > chinaDate(now)) throw dateError('不能选择今天以后的日期');
  const since = chinaDate(claim.claimedAt);
  if (input.date < since) throw dateError(`不能早于认领这个岗位的日期（${since}）`);
  requireOwnUploads(input.photos, uploads, (index) => `photos.${index}`);
  return {
    claimId: claim._id,
    postId: post._id,
    memberId: member._id,
    branchId: member.branchId,
    gridId: post.gridId,
    placeIds: post.placeIds,
    kindId: post.kindId,
    date: input.date,
    year: Number(input.date.slice(0, 4)),
    month: input.date.slice(0, 7),
    hours: input.hours,
    content: input.content,
    photos: input.photos,
    household: input.household ? input.household : null,
    status: 'pending',
    createdAt: now,
    verifiedBy: null,
    verifiedByName: null,
    verifiedAt: null,
    rejectReason: null,
  };
}

export type VerifierRole = 'gridMember' | 'secretary';

/**
 * Who may verify a log: a grid member of the grid where the service was
 * done, or the secretary of the member's branch; never the member.
 */
export function verifierRoleFor(
  caller: Pick<User, '_id' | 'roles' | 'gridDuties'>,
  log: Pick<ServiceLog, 'memberId' | 'gridId' | 'branchId'>,
  branch: Pick<Branch, '_id' | 'secretaryId'> | null,
): VerifierRole {
  if (caller._id === log.memberId) throw new DomainError('FORBIDDEN', '不能审核自己的服务记录');
  if (isIn(caller, 'gridMembers') && caller.gridDuties.some((duty) => duty.gridId === log.gridId)) {
    return 'gridMember';
  }
  if (branch && branch._id === log.branchId && branch.secretaryId === caller._id) return 'secretary';
  throw new DomainError('OUT_OF_JURISDICTION', '只有本网格的网格员或所在党支部书记可以审核');
}

export type LogDecision = Pick<ServiceLog, 'status' | 'verifiedBy' | 'verifiedByName' | 'verifiedAt' | 'rejectReason'>;

export function decideServiceLog(
  log: ServiceLog,
  verifier: Pick<User, '_id' | 'name'>,
  decision: 'approve' | 'reject',
  reason: string | undefined,
  now: Date,
): LogDecision {
  if (log.status !== 'pending') throw new DomainError('CONFLICT', '这条服务记录已经审核过了');
  return {
    status: decision === 'approve' ? 'approved' : 'rejected',
    verifiedBy: verifier._id,
    verifiedByName: verifier.name,
    verifiedAt: now,
    rejectReason: decision === 'reject' ? (reason ?? '') : null,
  };
}
