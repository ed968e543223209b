import { postLedger } from '../../domain/posts/claimLedger';
import { describePostEvent } from '../../domain/posts/describePostEvent';
import { assertStaffCovers } from '../../domain/posts/jurisdiction';
import { DomainError } from '../../domain/shared/DomainError';
import { defineAction } from '../../shared/defineAction';
import { iso, toStaffPostDto } from './support/dto';
import { loadKinds } from './support/settingsCache';
import { claimsOfPost, eventsOfPost, findPost, inClaimOrder, LEDGER_LIMIT, loadMembers, loadNodes } from './support/store';

/**
 * Staff: a post's ledger (台账), newest first: set-up, edits, claims (read
 * from the claim documents, see `domain/posts/claimLedger.ts`), step-downs,
 * logs, verifications.
 */
export const postHistory = defineAction('posts', 'postHistory', {
  access: 'staff',
  async run({ postId }, { db, caller, now }) {
    const post = await findPost(db, postId);
    if (!post) throw new DomainError('NOT_FOUND', '没有找到这个岗位');
    assertStaffCovers(caller, post.placeIds);
    const [stored, claims, kinds, nodes] = await Promise.all([
      eventsOfPost(db, postId),
      claimsOfPost(db, postId),
      loadKinds(db, now),
      loadNodes(db, [post.gridId]),
    ]);
    const names = new Map(claims.map(({ claim, member }) => [claim.memberId, member?.name ?? null]));
    const others = await loadMembers(
      db,
      stored.map((event) => event.memberId).filter((id): id is string => Boolean(id) && !names.has(id as string)),
    );
    for (const [id, member] of others) names.set(id, member.name);
    const events = postLedger(
      stored,
      claims.map(({ claim }) => ({ claim, memberName: names.get(claim.memberId) ?? '' })),
      LEDGER_LIMIT,
    );
    const holdings = post.status === 'open' ? claims.filter(({ claim }) => claim.status === 'active') : [];
    return {
      post: toStaffPostDto(post, { nodes, kinds }, holdings.sort(inClaimOrder)),
      events: events.map((event) => ({
        type: event.type,
        at: iso(event.at),
        actorName: event.actorName,
        memberName: event.memberId ? (names.get(event.memberId) ?? null) : null,
        summary: describePostEvent(event),
      })),
    };
  },
});
