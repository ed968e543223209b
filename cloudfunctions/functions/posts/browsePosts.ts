import type { JurisdictionNode } from '../../domain/jurisdiction/JurisdictionNode';
import { assertApprovedMember } from '../../domain/posts/registration';
import { DomainError } from '../../domain/shared/DomainError';
import { defineAction } from '../../shared/defineAction';
import { toPlaceDto } from '../../shared/loadPlaceChain';
import { kindList, toPostDto } from './support/dto';
import { loadKinds, loadMaxActivePosts } from './support/settingsCache';
import { loadHoldings, loadMemberWithVillage, openPostsOfGrid } from './support/store';

const byOrder = (a: JurisdictionNode, b: JurisdictionNode) => a.order - b.order;

/**
 * A member browses the open posts of their own grid or a nearby one (the
 * grids of their village), optionally of one kind, with who holds them.
 * The member and their village's grids come in one read; kinds and the
 * claim limit are kept.
 */
export const browsePosts = defineAction('posts', 'browsePosts', {
  access: 'partyMembers',
  async run({ gridId, kindId }, { db, caller, now }) {
    const found = await loadMemberWithVillage(db, caller._id);
    const member = found?.member ?? null;
    assertApprovedMember(member);
    const villageNodes = found?.villageNodes ?? [];
    const wanted = gridId ?? member.gridId;
    const [posts, kinds, maxActivePosts] = await Promise.all([
      openPostsOfGrid(db, wanted, kindId),
      loadKinds(db, now),
      loadMaxActivePosts(db, now),
    ]);
    const village = villageNodes.find((node) => node._id === member.villageId);
    const grids = villageNodes.filter((node) => node.level === 'grid').sort(byOrder);
    const grid = grids.find((candidate) => candidate._id === wanted);
    if (!village || !grid) throw new DomainError('OUT_OF_JURISDICTION', '只能查看和认领本村（社区）网格的岗位');
    // The member's own grid first, then the others in order.
    grids.sort((a, b) => Number(b._id === member.gridId) - Number(a._id === member.gridId));
    const kindOrder = [...kinds.keys()];
    posts.sort((a, b) => kindOrder.indexOf(a.kindId) - kindOrder.indexOf(b.kindId) || a.title.localeCompare(b.title, 'zh-CN'));
    const holdings = await loadHoldings(
      db,
      posts.map((post) => post._id),
    );
    const context = { nodes: new Map(villageNodes.map((node) => [node._id, node])), kinds };
    return {
      village: toPlaceDto(village),
      grids: grids.map(toPlaceDto),
      grid: toPlaceDto(grid),
      kinds: kindList(kinds),
      kindId: kindId ?? null,
      posts: posts.map((post) => {
        const holders = holdings.get(post._id) ?? [];
        return {
          ...toPostDto(post, context, holders),
          mine: holders.some((holding) => holding.claim.memberId === member._id),
          suitsMe: member.skillKindIds.includes(post.kindId),
        };
      }),
      activeCount: member.activePostCount,
      maxActivePosts,
    };
  },
});
