import type { JurisdictionNode } from '../../domain/jurisdiction/JurisdictionNode';
import type { ServicePost } from '../../domain/posts/ServicePost';
import { assertApprovedMember } from '../../domain/posts/registration';
import { DomainError } from '../../domain/shared/DomainError';
import { COLLECTIONS } from '../../shared/collections';
import { defineAction } from '../../shared/defineAction';
import { toPlaceDto } from '../../shared/loadPlaceChain';
import { readDocs } from '../../shared/readDocs';
import { kindList, toPostDto } from './support/dto';
import { findMember, loadHoldings, loadKinds, loadMaxActivePosts } from './support/loaders';

const byOrder = (a: JurisdictionNode, b: JurisdictionNode) => a.order - b.order;

/**
 * A member browses the open posts of their own grid or a nearby one (the
 * grids of their village), optionally of one kind, with who holds them.
 */
export const browsePosts = defineAction('posts', 'browsePosts', {
  access: 'partyMembers',
  async run({ gridId, kindId }, { db, caller }) {
    const member = await findMember(db, caller._id);
    assertApprovedMember(member);
    const wanted = gridId ?? member.gridId;
    const _ = db.command;
    const [villageNodes, posts, kinds, maxActivePosts] = await Promise.all([
      readDocs<JurisdictionNode>(
        db
          .collection(COLLECTIONS.nodes)
          .where(_.or([{ _id: member.villageId }, { parentId: member.villageId }]))
          .limit(1000),
      ),
      readDocs<ServicePost>(
        db
          .collection(COLLECTIONS.servicePosts)
          .where({ gridId: wanted, status: 'open', ...(kindId ? { kindId } : {}) })
          .limit(200),
      ),
      loadKinds(db),
      loadMaxActivePosts(db),
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
