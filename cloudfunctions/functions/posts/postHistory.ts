import { describePostEvent } from '../../domain/posts/describePostEvent';
import { assertStaffCovers } from '../../domain/posts/jurisdiction';
import type { PartyMember } from '../../domain/posts/PartyMember';
import type { PostEvent } from '../../domain/posts/PostEvent';
import { DomainError } from '../../domain/shared/DomainError';
import { COLLECTIONS } from '../../shared/collections';
import { defineAction } from '../../shared/defineAction';
import { readDocs } from '../../shared/readDocs';
import { iso, toStaffPostDto } from './support/dto';
import { loadByIds } from '../../shared/loadByIds';
import { findPost, loadHoldings, loadKinds, loadNodes } from './support/loaders';

/** Staff: a post's ledger (台账), newest first: set-up, edits, claims, step-downs, logs, verifications. */
export const postHistory = defineAction('posts', 'postHistory', {
  access: 'staff',
  async run({ postId }, { db, caller }) {
    const post = await findPost(db, postId);
    if (!post) throw new DomainError('NOT_FOUND', '没有找到这个岗位');
    assertStaffCovers(caller, post.placeIds);
    const [events, kinds, nodes, holdings] = await Promise.all([
      readDocs<PostEvent>(db.collection(COLLECTIONS.postEvents).where({ postId }).orderBy('at', 'desc').orderBy('step', 'desc').limit(500)),
      loadKinds(db),
      loadNodes(db, [post.gridId]),
      loadHoldings(db, post.status === 'open' ? [postId] : []),
    ]);
    const members = await loadByIds<PartyMember>(
      db,
      COLLECTIONS.partyMembers,
      events.map((event) => event.memberId).filter((id): id is string => Boolean(id)),
    );
    return {
      post: toStaffPostDto(post, { nodes, kinds }, holdings.get(postId)),
      events: events.map((event) => ({
        type: event.type,
        at: iso(event.at),
        actorName: event.actorName,
        memberName: event.memberId ? (members.get(event.memberId)?.name ?? null) : null,
        summary: describePostEvent(event),
      })),
    };
  },
});
