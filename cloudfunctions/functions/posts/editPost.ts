import { assertCapacityFits, editServicePost, POST_EDITED_MEANWHILE } from '../../domain/posts/postRules';
import { postVersion, type ServicePost } from '../../domain/posts/ServicePost';
import { postEvent } from '../../domain/posts/PostEvent';
import { DomainError } from '../../domain/shared/DomainError';
import { isOwnLastEdit, lastEditOn, unlessOwnResend } from '../../domain/shared/lastEdit';
import { defineAction } from '../../shared/defineAction';
import { toStaffPostDto } from './support/dto';
import { loadKinds } from './support/settingsCache';
import { appendEvent, editOpenPost, findPost, loadHoldings, loadNodes } from './support/store';

/**
 * Staff change a post's kind, title, duties or capacity, on the version
 * their form was opened at. The update holds only while the post is open,
 * still at that version and no more members hold it than the new capacity
 * (one conditional write), so neither a claim landing meanwhile nor
 * another staff member's edit is overwritten. The same edit sent again
 * on the version it moved on from (its answer was lost) is answered with
 * the post as it made it, and writes nothing (domain/shared/lastEdit).
 */
export const editPost = defineAction('posts', 'editPost', {
  access: 'staff',
  async run({ postId, version, ...fields }, { db, caller, now, editFingerprint }) {
    const [post, kinds] = await Promise.all([findPost(db, postId), loadKinds(db, now)]);
    if (!post) throw new DomainError('NOT_FOUND', '没有找到这个岗位');
    const answer = async (saved: ServicePost) => {
      const [nodes, holdings] = await Promise.all([loadNodes(db, [saved.gridId]), loadHoldings(db, [postId])]);
      return toStaffPostDto(saved, { nodes, kinds }, holdings.get(postId));
    };
    const edit = editFingerprint();
    const planned = unlessOwnResend(
      () => editServicePost(post, { ...fields, version }, caller, [...kinds.keys()], now),
      postVersion(post),
      post,
      version,
      edit,
    );
    // A resend of the edit that made the post's version: it is done.
    if (!planned) return answer(post);
    const patch = { ...planned, lastEdit: lastEditOn(version, edit) };
    if (!(await editOpenPost(db, { _id: postId, capacity: fields.capacity, version }, patch))) {
      const fresh = await findPost(db, postId);
      if (!fresh) throw new DomainError('NOT_FOUND', '没有找到这个岗位');
      if (fresh.status !== 'open') throw new DomainError('POST_CLOSED');
      // The same edit, sent twice at once: the other send made it.
      if (isOwnLastEdit(postVersion(fresh), fresh, version, edit)) return answer(fresh);
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
    return answer({ ...post, ...patch, version: version + 1 });
  },
});
