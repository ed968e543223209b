import type { PlaceChain } from '../jurisdiction/placeChain';
import type { User } from '../people/User';
import { DomainError } from '../shared/DomainError';
import type { Branch } from './Branch';
import { assertCanApproveRegistration, placeIdsOf } from './jurisdiction';
import type { PartyMember } from './PartyMember';

export interface RegistrationInput {
  name: string;
  phone: string;
  branchId: string;
  employer: string;
  gridId: string;
  skillKindIds: string[];
  skills: string;
}

/** The branches a member living in this grid can belong to: their village's, township's and county's. */
export function branchesAvailableAt(branches: Branch[], chain: PlaceChain): Branch[] {
  const above = new Set([chain.county._id, chain.township._id, chain.village._id]);
  return branches.filter((branch) => above.has(branch.nodeId)).sort((a, b) => a.order - b.order);
}

/**
 * 到社区报到: a new registration, or a correction of a pending or rejected
 * one, always pending again. An approved member cannot re-register. The
 * phone is verified only when it is the one WeChat verified for the caller;
 * any other number is kept as contact information, with what the roster
 * calls its holder (`phoneCheck`, see phoneCheckOf) for staff to compare.
 */
export function submitRegistration(
  openid: string,
  input: RegistrationInput,
  existing: PartyMember | null,
  chain: PlaceChain,
  availableBranches: Branch[],
  knownKindIds: readonly string[],
  phoneCheck: { phoneVerified: boolean; rosterName: string | null },
  now: Date,
): PartyMember {
  if (existing?.status === 'approved') throw new DomainError('CONFLICT', '您已经完成报到，无需重复提交');
  if (!availableBranches.some((branch) => branch._id === input.branchId)) {
    throw new DomainError('INVALID_INPUT', undefined, [{ path: 'branchId', message: '请从列表中选择您的党支部' }]);
  }
  const unknown = input.skillKindIds.findIndex((id) => !knownKindIds.includes(id));
  if (unknown >= 0) {
    throw new DomainError('INVALID_INPUT', undefined, [{ path: `skillKindIds.${unknown}`, message: '不在可选范围内' }]);
  }
  return {
    _id: openid,
    name: input.name,
    phone: input.phone,
    phoneVerified: phoneCheck.phoneVerified,
    rosterName: phoneCheck.rosterName,
    branchId: input.branchId,
    employer: input.employer,
    gridId: chain.grid._id,
    villageId: chain.village._id,
    placeIds: placeIdsOf(chain.grid),
    skillKindIds: [...new Set(input.skillKindIds)],
    skills: input.skills,
    status: 'pending',
    submittedAt: now,
    decidedAt: null,
    decidedBy: null,
    decidedByName: null,
    rejectReason: null,
    ended: null,
    activePostCount: existing?.activePostCount ?? 0,
  };
}

export type RegistrationDecision = Pick<PartyMember, 'status' | 'decidedAt' | 'decidedBy' | 'decidedByName' | 'rejectReason'>;

/** Staff of the member's community decide a pending registration. */
export function decideRegistration(
  member: PartyMember,
  staff: Pick<User, '_id' | 'name' | 'staffScopeId'>,
  decision: 'approve' | 'reject',
  reason: string | undefined,
  now: Date,
): RegistrationDecision {
  assertCanApproveRegistration(staff, member);
  if (member.status !== 'pending') throw new DomainError('CONFLICT', '这份报到已经审核过了');
  return {
    status: decision === 'approve' ? 'approved' : 'rejected',
    decidedAt: now,
    decidedBy: staff._id,
    decidedByName: staff.name,
    rejectReason: decision === 'reject' ? (reason ?? '') : null,
  };
}

/** Party-member rights come from an approved registration, nothing else. */
export function assertApprovedMember(member: PartyMember | null): asserts member is PartyMember {
  if (!member || member.status !== 'approved') throw new DomainError('NOT_APPROVED_MEMBER');
}
