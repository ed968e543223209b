import { newServicePost } from '../../domain/posts/postRules';
import { postEvent, postEventIdOf } from '../../domain/posts/PostEvent';
import type { ServicePost } from '../../domain/posts/ServicePost';
import { isCreatedBy } from '../../domain/shared/clientKeys';
import { DomainError } from '../../domain/shared/DomainError';
import { defineAction } from '../../shared/defineAction';
import { keyedId } from '../../shared/keyedId';
import { toStaffPostDto } from './support/dto';
import { loadKinds } from './support/settingsCache';
import { addPostOnce, appendEventOnce, findNode, findPost } from './support/store';

/**
 * Staff set up a post in a grid of their jurisdiction, under the phone's key:
 * the post's id derives from (staff, key), so a resend after a lost answer
 * (or two racing sends) finds the post the first made where it would write
 * (no read before: four database actions, as before keys) and is answered
 * with it, never a second post; the key under other content is KEY_REUSED. Its
 * ledger entry's id derives from the post, so a resend after stopping
 * between the two writes it then.
 */
export const createPost = defineAction('posts', 'createPost', {
  access: 'staff',
  async run({ gridId, clientKey, ...fields }, { db, caller, now, fingerprint }) {
    const id = keyedId('post-', caller._id, clientKey);
    const [grid, kinds] = await Promise.all([findNode(db, gridId), loadKinds(db, now)]);
    if (!grid) throw new DomainError('NOT_FOUND', '没有找到这个网格');
    const made: ServicePost = {
      _id: id,
      ...newServicePost(fields, grid, caller, [...kinds.keys()], now),
      clientKey,
      opFingerprint: fingerprint(),
    };
    // Written by its id: a resend (or a racing send) finds the first's post there and is answered with it.
    const post = (await addPostOnce(db, made)) ? made : await findPost(db, id);
    if (!post) throw new DomainError('CONFLICT');
    isCreatedBy(post, clientKey, fingerprint());
    await appendEventOnce(
      db,
      postEventIdOf('postCreated', id),
      postEvent('postCreated', caller, new Date(post.createdAt), {
        postId: id,
        placeIds: post.placeIds,
        detail: { title: post.title, kindId: post.kindId, capacity: post.capacity },
      }),
    );
    return toStaffPostDto(post, { nodes: new Map([[grid._id, grid]]), kinds }, []);
  },
});
