import type { JurisdictionNode } from '../../domain/jurisdiction/JurisdictionNode';
import { newServicePost } from '../../domain/posts/postRules';
import { postEvent } from '../../domain/posts/PostEvent';
import { DomainError } from '../../domain/shared/DomainError';
import { COLLECTIONS } from '../../shared/collections';
import { addedId } from '../../shared/dbResults';
import { defineAction } from '../../shared/defineAction';
import { findById } from '../../shared/findById';
import { toStaffPostDto } from './support/dto';
import { appendEvent } from './support/events';
import { loadKinds } from './support/loaders';

/** Staff set up a post in a grid of their jurisdiction. */
export const createPost = defineAction('posts', 'createPost', {
  access: 'staff',
  async run({ gridId, ...fields }, { db, caller, now }) {
    const [grid, kinds] = await Promise.all([findById<JurisdictionNode>(db, COLLECTIONS.nodes, gridId), loadKinds(db)]);
    if (!grid) throw new DomainError('NOT_FOUND', '没有找到这个网格');
    const post = newServicePost(fields, grid, caller, [...kinds.keys()], now);
    const id = await addedId(db.collection(COLLECTIONS.servicePosts).add({ data: post }));
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
