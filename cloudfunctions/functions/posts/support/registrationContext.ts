import type { PartyMember } from '../../../domain/posts/PartyMember';
import type { Database } from '../../../shared/cloud';
import type { NamedContext } from './dto';
import { loadKinds } from './settingsCache';
import { loadBranches, loadNodes } from './store';

/** Names for registrations: their grids and villages, branches and skill kinds (three reads together). */
export async function loadRegistrationContext(
  db: Database,
  now: Date,
  members: PartyMember[],
  extraNodeIds: string[] = [],
): Promise<NamedContext> {
  const [nodes, branches, kinds] = await Promise.all([
    loadNodes(db, [...members.flatMap((member) => [member.gridId, member.villageId]), ...extraNodeIds]),
    loadBranches(
      db,
      members.map((member) => member.branchId),
    ),
    loadKinds(db, now),
  ]);
  return { nodes, branches, kinds };
}
