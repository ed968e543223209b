import { endByClosing } from '../../domain/posts/claimRules';
import { closeServicePost } from '../../domain/posts/postRules';
import { postEvent } from '../../domain/posts/PostEvent';
import { DomainError } from '../../domain/shared/DomainError';
import { defineAction } from '../../shared/defineAction';
import { toStaffPostDto } from './support/dto';
import { releaseClaim } from './support/claimStore';
import { loadKinds } from './support/settingsCache';
import { activeClaimsOf, appendEvent, closeOpenPost, findPost, loadNodes } from './support/store';

/**
 * Staff close a post: no new claims or logs, every holder's term ends with
 * the reason. The post, its claims and its logs stay for the record.
 */
export const closePost = defineAction('posts', 'closePost', {
  access: 'staff',
  async run({ postId, reason }, { db, caller, now }) {
    const post = await findPost(db, postId);
    if (!post) throw new DomainError('NOT_FOUND', '没有找到这个岗位');
    const patch = closeServicePost(post, caller, reason, now);
    if (!(await closeOpenPost(db, postId, patch))) throw new DomainError('POST_CLOSED', '这个岗位已经关闭了');
    // Read after closing: a claim that got in before the close is seen here,
    // and one that lands later sees the post closed and withdraws itself.
    const holders = await activeClaimsOf(db, postId);
    await appendEvent(db, postEvent('postClosed', caller, now, { postId, placeIds: post.placeIds, detail: { reason } }));
    const ending = endByClosing(reason, caller._id, now);
    const released = await Promise.all(holders.map((claim) => releaseClaim(db, claim, ending)));
    await Promise.all(
      holders
        .filter((_claim, index) => released[index])
        .map((claim, index) =>
          appendEvent(
            db,
            postEvent('claimEnded', caller, now, {
              postId,
              memberId: claim.memberId,
              placeIds: post.placeIds,
              detail: { reason },
              step: index + 1,
            }),
          ),
        ),
    );
    const [nodes, kinds] = await Promise.all([loadNodes(db, [post.gridId]), loadKinds(db, now)]);
    const held = Math.max(0, post.held - released.filter(Boolean).length);
    return toStaffPostDto({ ...post, ...patch, held }, { nodes, kinds }, []);
  },
});
