import { newServicePost } from '../../domain/posts/postRules';
import { postEvent } from '../../domain/posts/PostEvent';
import { DomainError } from '../../domain/shared/DomainError';
import { defineAction } from '../../shared/defineAction';
import { toStaffPostDto } from './support/dto';
import { loadKinds } from './support/settingsCache';
import { addPost, appendEvent, findNode } from './support/store';

/** Staff set up a post in a grid of their jurisdiction. */
export const createPost = defineAction('posts', 'createPost', {
  access: 'staff',
  async run({ gridId, ...fields }, { db, caller, now }) {
    const [grid, kinds] = await Promise.all([findNode(db, gridId), loadKinds(db, now)]);
    if (!grid) throw new DomainError('NOT_FOUND', '没有找到这个网格');
    const post = newServicePost(fields, grid, caller, [...kinds.keys()], now);
    const id = await addPost(db, post);
    await appendEvent(
      db,
      postEvent('postCreated', caller, now, {
        postId: id,
        placeIds: post.placeIds,
        detail: { title: post.title, kindId: post.kindId, capacity: post.capacity },
      }),
    );
    return toStaffPostDto({ _id: id, ...post }, { nodes: new Map([[grid._id, grid]]), kinds }, []);
  },
});
