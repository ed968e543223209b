import { isIn } from '../../domain/people/audiences';
import { COLLECTIONS } from '../../shared/collections';
import { countOf } from '../../shared/dbResults';
import { defineAction } from '../../shared/defineAction';
import { findMember, secretaryBranches } from './support/loaders';

/** What the 我的 page shows about party-member work: registration, what the caller can do, and what waits for them. */
export const overview = defineAction('posts', 'overview', {
  access: 'everyone',
  async run(_input, { db, caller }) {
    const [member, branches] = await Promise.all([findMember(db, caller._id), secretaryBranches(db, caller._id)]);
    const _ = db.command;
    const dutyGrids = isIn(caller, 'gridMembers') ? [...new Set(caller.gridDuties.map((duty) => duty.gridId))] : [];
    const branchIds = branches.map((branch) => branch._id);
    const isStaff = isIn(caller, 'staff') && Boolean(caller.staffScopeId);
    const logs = db.collection(COLLECTIONS.serviceLogs);
    const pending = { status: 'pending', memberId: _.neq(caller._id) };
    const [byGrid, byBranchOutsideMyGrids, pendingRegistrations] = await Promise.all([
      dutyGrids.length ? countOf(logs.where({ gridId: _.in(dutyGrids), ...pending })) : Promise.resolve(0),
      branchIds.length ? countOf(logs.where({ branchId: _.in(branchIds), gridId: _.nin(dutyGrids), ...pending })) : Promise.resolve(0),
      isStaff
        ? countOf(
            db
              .collection(COLLECTIONS.partyMembers)
              .where({ placeIds: caller.staffScopeId, gridId: _.neq(caller.staffScopeId), status: 'pending' }),
          )
        : Promise.resolve(0),
    ]);
    return {
      registration: member ? { status: member.status, rejectReason: member.rejectReason } : null,
      isMember: member?.status === 'approved' && isIn(caller, 'partyMembers'),
      canVerify: dutyGrids.length > 0 || branchIds.length > 0,
      pendingVerifications: byGrid + byBranchOutsideMyGrids,
      isStaff,
      pendingRegistrations,
    };
  },
});
