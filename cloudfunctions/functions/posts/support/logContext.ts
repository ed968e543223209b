import type { ServiceLog } from '../../../domain/posts/ServiceLog';
import type { Database } from '../../../shared/cloud';
import { lookUpPhotos } from '../../../shared/photoUrls';
import type { LogContext } from './dto';
import { loadKinds } from './settingsCache';
import { loadBranches, loadMembers, loadNodes, loadPosts } from './store';

/** Everything a list of logs needs to be shown (reads run together; what the caller knows is not read again). */
export async function loadLogContext(db: Database, now: Date, logs: ServiceLog[], known: Partial<LogContext> = {}): Promise<LogContext> {
  const [posts, kinds, nodes, members, branches, urls] = await Promise.all([
    known.posts ??
      loadPosts(
        db,
        logs.map((log) => log.postId),
      ),
    known.kinds ?? loadKinds(db, now),
    known.nodes ??
      loadNodes(
        db,
        logs.map((log) => log.gridId),
      ),
    known.members ??
      loadMembers(
        db,
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
