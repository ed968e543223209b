import { DomainError } from '../../domain/shared/DomainError';
import { defineAction } from '../../shared/defineAction';
import { toPlaceDto } from '../../shared/loadPlaceChain';
import { kindList, toStaffPostDto } from './support/dto';
import { loadClaimLimit, loadKinds } from './support/settingsCache';
import { loadStaffPlaces } from './support/staffScope';
import { loadHoldings, postsOfGrid } from './support/store';

/** Staff: the posts of one grid of their jurisdiction, open ones first, with holders. */
export const staffPosts = defineAction('posts', 'staffPosts', {
  access: 'staff',
  async run({ gridId }, { db, caller, now }) {
    const places = await loadStaffPlaces(db, caller);
    const grid = gridId ? places.grids.find((candidate) => candidate._id === gridId) : places.grids[0];
    if (!grid) throw new DomainError(gridId ? 'OUT_OF_JURISDICTION' : 'NOT_FOUND', gridId ? undefined : '您负责的范围内还没有网格');
    const [posts, kinds, limit] = await Promise.all([postsOfGrid(db, grid._id), loadKinds(db, now), loadClaimLimit(db, now)]);
    const kindOrder = [...kinds.keys()];
    posts.sort(
      (a, b) =>
        Number(a.status === 'closed') - Number(b.status === 'closed') ||
        kindOrder.indexOf(a.kindId) - kindOrder.indexOf(b.kindId) ||
        a.title.localeCompare(b.title, 'zh-CN'),
    );
    const holdings = await loadHoldings(
      db,
      posts.filter((post) => post.status === 'open').map((post) => post._id),
    );
    const context = { nodes: places.nodes, kinds };
    return {
      scope: toPlaceDto(places.scope),
      villages: places.villages,
      grid: toPlaceDto(grid),
      kinds: kindList(kinds),
      posts: posts.map((post) => toStaffPostDto(post, context, holdings.get(post._id))),
      maxActivePosts: limit.maxActivePosts,
      claimLimitVersion: limit.version,
    };
  },
});
