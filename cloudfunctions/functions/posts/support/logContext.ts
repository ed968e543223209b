import type { PartyMember } from '../../../domain/posts/PartyMember';
import type { ServiceLog } from '../../../domain/posts/ServiceLog';
import type { ServicePost } from '../../../domain/posts/ServicePost';
import type { Database } from '../../../shared/cloud';
import { COLLECTIONS } from '../../../shared/collections';
import type { LogContext } from './dto';
import { loadByIds } from '../../../shared/loadByIds';
import { loadBranches, loadKinds, loadNodes } from './loaders';
import { lookUpPhotos } from '../../../shared/photoUrls';

/** Everything a list of logs needs to be shown (reads run together; what the caller knows is not read again). */
export async function loadLogContext(db: Database, logs: ServiceLog[], known: Partial<LogContext> = {}): Promise<LogContext> {
  const [posts, kinds, nodes, members, branches, urls] = await Promise.all([
    known.posts ??
      loadByIds<ServicePost>(
        db,
        COLLECTIONS.servicePosts,
        logs.map((log) => log.postId),
      ),
    known.kinds ?? loadKinds(db),
    known.nodes ??
      loadNodes(
        db,
        logs.map((log) => log.gridId),
      ),
    known.members ??
      loadByIds<PartyMember>(
        db,
        COLLECTIONS.partyMembers,
        logs.map((log) => log.memberId),
      ),
    known.branches ??
      loadBranches(
        db,
        logs.map((log) => log.branchId),
      ),
    known.urls ?? lookUpPhotos(logs.flatMap((log) => log.photos)).then((lookup) => lookup.urls),
  ]);
  return { posts, kinds, nodes, members, branches, urls };
}
