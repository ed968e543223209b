import { isIn } from '../../domain/people/audiences';
import { defineAction } from '../../shared/defineAction';
import { toServiceLogDto } from './support/dto';
import { loadLogContext } from './support/logContext';
import { logsAwaiting } from './support/logStore';
import { secretaryBranches } from './support/store';

/**
 * Logs waiting for the caller: those done in the grids where they are a
 * grid member, and those of members of branches whose secretary they are.
 * Their own logs are never in it.
 */
export const verificationQueue = defineAction('posts', 'verificationQueue', {
  access: 'cadresAndPartyMembers',
  async run(_input, { db, caller, now }) {
    const dutyGrids = isIn(caller, 'gridMembers') ? [...new Set(caller.gridDuties.map((duty) => duty.gridId))] : [];
    const branchIds = (await secretaryBranches(db, caller._id)).map((branch) => branch._id);
    const queue = await logsAwaiting(db, { verifierId: caller._id, gridIds: dutyGrids, branchIds });
    const context = await loadLogContext(db, now, queue);
    return {
      logs: queue.map((log) => ({
        ...toServiceLogDto(log, context),
        as: dutyGrids.includes(log.gridId) ? ('gridMember' as const) : ('secretary' as const),
      })),
    };
  },
});
