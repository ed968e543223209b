import type { User } from '../../../domain/people/User';
import type { PartyMember } from '../../../domain/posts/PartyMember';
import type { RaterContext } from '../../../domain/posts/stars';
import type { Database } from '../../../shared/cloud';
import { findMember, findNode, secretaryBranches } from './store';

export interface LoadedRaterContext extends RaterContext {
  callerMember: PartyMember | null;
}

/** Who the caller is for the evaluation: their registration, branches they lead, the village they live in. */
export async function loadRaterContext(db: Database, caller: User): Promise<LoadedRaterContext> {
  const [callerMember, branches, home] = await Promise.all([
    findMember(db, caller._id),
    secretaryBranches(db, caller._id),
    caller.homeGridId ? findNode(db, caller.homeGridId) : Promise.resolve(null),
  ]);
  return {
    caller,
    callerMember,
    callerVillageId: home?.level === 'grid' ? home.parentId : null,
    secretaryOf: branches.map((branch) => branch._id),
  };
}
