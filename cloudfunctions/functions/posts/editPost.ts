import { assertCapacityFits, editServicePost, POST_EDITED_MEANWHILE } from '../../domain/posts/postRules';
import { postVersion } from '../../domain/posts/ServicePost';
import { postEvent } from '../../domain/posts/PostEvent';
import { DomainError } from '../../domain/shared/DomainError';
import { defineAction } from '../../shared/defineAction';
import { toStaffPostDto } from './support/dto';
import { loadKinds } from './support/settingsCache';
import { appendEvent, editOpenPost, findPost, loadHoldings, loadNodes } from './support/store';

/**
 * Staff change a post's kind, title, duties or capacity, on the version
 * their form was opened at. The update holds only while the post is open,
 * still at that version and no more members hold it than the new capacity
 * (one conditional write), so neither a claim landing meanwhile nor
 * another staff member's edit is overwritten.
 */
export const editPost = defineAction('posts', 'editPost', {
  access: 'staff',
  async run({ postId, version, ...fields }, { db, caller, now }) {
    const [post, kinds] = await Promise.all([findPost(db, postId), loadKinds(db, now)]);
    if (!post) throw new DomainError('NOT_FOUND', '没有找到这个岗位');
    const patch = editServicePost(post, { ...fields, version }, caller, [...kinds.keys()], now);
    if (!(await editOpenPost(db, { _id: postId, capacity: fields.capacity, version }, patch))) {
      const fresh = await findPost(db, postId);
      if (!fresh) throw new DomainError('NOT_FOUND', '没有找到这个岗位');
      if (fresh.status !== 'open') throw new DomainError('POST_CLOSED');
      if (postVersion(fresh) !== version) throw new DomainError('CONFLICT', POST_EDITED_MEANWHILE);
      assertCapacityFits(fresh.held, fields.capacity);
      throw new DomainError('CONFLICT');
    }
    await appendEvent(
      db,
      postEvent('postEdited', caller, now, {
        postId,
        placeIds: post.placeIds,
        detail: {
          title: fields.title,
          kindId: fields.kindId,
          capacity: fields.capacity,
          previousTitle: post.title,
          previousCapacity: post.capacity,
        },
      }),
    );
    const [nodes, holdings] = await Promise.all([loadNodes(db, [post.gridId]), loadHoldings(db, [postId])]);
    return toStaffPostDto({ ...post, ...patch, version: version + 1 }, { nodes, kinds }, holdings.get(postId));
  },
});
