import type { PartyMember } from '../../domain/posts/PartyMember';
import { roundHours } from '../../domain/posts/serviceHours';
import { chinaYear } from '../../domain/shared/chinaTime';
import { defineAction } from '../../shared/defineAction';
import { loadPlaceChain, toPlaceDto } from '../../shared/loadPlaceChain';
import { branchOf, kindOf, toHolderDto } from './support/dto';
import { sumLogHours } from './support/hours';
import { loadKinds } from './support/settingsCache';
import { loadBranches, loadHoldings, openPostsOfGrid } from './support/store';

/**
 * 公示栏 of a grid, public to everyone registered: its open posts, who holds
 * them (name and masked phone), their commitments, and the hours of service
 * verified this year.
 */
export const board = defineAction('posts', 'board', {
  access: 'everyone',
  async run({ gridId, year: askedYear }, { db, now }) {
    const year = askedYear ?? chinaYear(now);
    const chain = await loadPlaceChain(db, gridId);
    const [posts, kinds, hours] = await Promise.all([
      openPostsOfGrid(db, gridId),
      loadKinds(db, now),
      sumLogHours(db, { gridId, year, status: 'approved' }, ['postId', 'memberId'] as const),
    ]);
    const holdings = await loadHoldings(
      db,
      posts.map((post) => post._id),
    );
    const holders = [...holdings.values()].flat();
    const branches = await loadBranches(
      db,
      holders
        .map((holding) => holding.member)
        .filter((member): member is PartyMember => Boolean(member))
        .map((member) => member.branchId),
    );
    const hoursOf = (postId: string, memberId: string) =>
      hours.find((group) => group.key.postId === postId && group.key.memberId === memberId)?.hours ?? 0;
    const kindOrder = [...kinds.keys()];
    posts.sort((a, b) => kindOrder.indexOf(a.kindId) - kindOrder.indexOf(b.kindId) || a.title.localeCompare(b.title, 'zh-CN'));
    return {
      grid: toPlaceDto(chain.grid),
      village: toPlaceDto(chain.village),
      township: toPlaceDto(chain.township),
      year,
      posts: posts.map((post) => ({
        id: post._id,
        kind: kindOf(kinds, post.kindId),
        title: post.title,
        duties: post.duties,
        capacity: post.capacity,
        held: post.held,
        holders: (holdings.get(post._id) ?? []).map((holding) => ({
          ...toHolderDto(holding),
          branchName: holding.member ? branchOf(branches, holding.member.branchId).name : '',
          approvedHours: roundHours(hoursOf(post._id, holding.claim.memberId)),
        })),
      })),
      approvedHours: roundHours(hours.reduce((sum, group) => sum + group.hours, 0)),
    };
  },
});
