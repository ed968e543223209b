import { describePostEvent } from '../../domain/posts/describePostEvent';
import { assertStaffCovers } from '../../domain/posts/jurisdiction';
import { DomainError } from '../../domain/shared/DomainError';
import { defineAction } from '../../shared/defineAction';
import { iso, toStaffPostDto } from './support/dto';
import { loadKinds } from './support/settingsCache';
import { eventsOfPost, findPost, loadHoldings, loadMembers, loadNodes } from './support/store';

/** Staff: a post's ledger (台账), newest first: set-up, edits, claims, step-downs, logs, verifications. */
export const postHistory = defineAction('posts', 'postHistory', {
  access: 'staff',
  async run({ postId }, { db, caller, now }) {
    const post = await findPost(db, postId);
    if (!post) throw new DomainError('NOT_FOUND', '没有找到这个岗位');
    assertStaffCovers(caller, post.placeIds);
    const [events, kinds, nodes, holdings] = await Promise.all([
      eventsOfPost(db, postId),
      loadKinds(db, now),
      loadNodes(db, [post.gridId]),
      loadHoldings(db, post.status === 'open' ? [postId] : []),
    ]);
    const members = await loadMembers(
      db,
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
