import { isIn } from '../../domain/people/audiences';
import type { ServiceLog } from '../../domain/posts/ServiceLog';
import { COLLECTIONS } from '../../shared/collections';
import { defineAction } from '../../shared/defineAction';
import { readDocs } from '../../shared/readDocs';
import { toServiceLogDto } from './support/dto';
import { secretaryBranches } from './support/loaders';
import { loadLogContext } from './support/logContext';

/**
 * Logs waiting for the caller: those done in the grids where they are a
 * grid member, and those of members of branches whose secretary they are.
 * Their own logs are never in it.
 */
export const verificationQueue = defineAction('posts', 'verificationQueue', {
  access: 'cadresAndPartyMembers',
  async run(_input, { db, caller }) {
    const dutyGrids = isIn(caller, 'gridMembers') ? [...new Set(caller.gridDuties.map((duty) => duty.gridId))] : [];
    const branchIds = (await secretaryBranches(db, caller._id)).map((branch) => branch._id);
    const _ = db.command;
    const logs = db.collection(COLLECTIONS.serviceLogs);
    const pending = { status: 'pending', memberId: _.neq(caller._id) };
    // Two indexed reads rather than one $or the indexes cannot serve.
    const [byGrid, byBranch] = await Promise.all([
      dutyGrids.length
        ? readDocs<ServiceLog>(
            logs
              .where({ gridId: _.in(dutyGrids), ...pending })
              .orderBy('createdAt', 'asc')
              .limit(200),
          )
        : Promise.resolve([]),
      branchIds.length
        ? readDocs<ServiceLog>(
            logs
              .where({ branchId: _.in(branchIds), ...pending })
              .orderBy('createdAt', 'asc')
              .limit(200),
          )
        : Promise.resolve([]),
    ]);
    const unique = new Map([...byGrid, ...byBranch].map((log) => [log._id, log]));
    const queue = [...unique.values()].sort((a, b) => new Date(a.createdAt).getTime() - new Date(b.createdAt).getTime());
    const context = await loadLogContext(db, queue);
    return {
      logs: queue.map((log) => ({
        ...toServiceLogDto(log, context),
        as: dutyGrids.includes(log.gridId) ? ('gridMember' as const) : ('secretary' as const),
      })),
    };
  },
});
