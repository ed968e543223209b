import { isIn } from '../../domain/people/audiences';
import { defineAction } from '../../shared/defineAction';
import { countLogsAwaiting } from './support/logStore';
import { countPendingRegistrations } from './support/memberStore';
import { findMember, secretaryBranches } from './support/store';

/** What the 我的 page shows about party-member work: registration, what the caller can do, and what waits for them. */
export const overview = defineAction('posts', 'overview', {
  access: 'everyone',
  async run(_input, { db, caller }) {
    const [member, branches] = await Promise.all([findMember(db, caller._id), secretaryBranches(db, caller._id)]);
    const dutyGrids = isIn(caller, 'gridMembers') ? [...new Set(caller.gridDuties.map((duty) => duty.gridId))] : [];
    const branchIds = branches.map((branch) => branch._id);
    const isStaff = isIn(caller, 'staff') && Boolean(caller.staffScopeId);
    const [pendingVerifications, pendingRegistrations] = await Promise.all([
      countLogsAwaiting(db, { verifierId: caller._id, gridIds: dutyGrids, branchIds }),
      isStaff && caller.staffScopeId ? countPendingRegistrations(db, caller.staffScopeId) : Promise.resolve(0),
    ]);
    return {
      registration: member ? { status: member.status, rejectReason: member.rejectReason } : null,
      isMember: member?.status === 'approved' && isIn(caller, 'partyMembers'),
      canVerify: dutyGrids.length > 0 || branchIds.length > 0,
      pendingVerifications,
      isStaff,
      pendingRegistrations,
    };
  },
});
