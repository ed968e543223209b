import type { Claim } from '../../domain/posts/Claim';
import { claimIdOf } from '../../domain/posts/Claim';
import { postEvent } from '../../domain/posts/PostEvent';
import { newServiceLog } from '../../domain/posts/serviceLogRules';
import { DomainError } from '../../domain/shared/DomainError';
import { COLLECTIONS } from '../../shared/collections';
import { addedId } from '../../shared/dbResults';
import { defineAction } from '../../shared/defineAction';
import { findById } from '../../shared/findById';
import { toServiceLogDto } from './support/dto';
import { appendEvent } from './support/events';
import { findMember, findPost } from './support/loaders';
import { loadLogContext } from './support/logContext';
import { lookUpPhotos } from '../../shared/photoUrls';

/**
 * 上岗履诺: the member records service done on a post they hold. It waits
 * for a grid member of that grid or the branch secretary to verify it.
 */
export const logService = defineAction('posts', 'logService', {
  access: 'partyMembers',
  async run({ postId, ...input }, { db, caller, now }) {
    const [member, post, claim] = await Promise.all([
      findMember(db, caller._id),
      findPost(db, postId),
      findById<Claim>(db, COLLECTIONS.claims, claimIdOf(postId, caller._id)),
    ]);
    if (!post) throw new DomainError('NOT_FOUND', '没有找到这个岗位');
    const log = newServiceLog(input, member, claim, post, now);
    // Photos must really be in storage, or the verifier would see broken images.
    const photos = await lookUpPhotos(log.photos);
    const missing = log.photos.findIndex((fileId) => photos.missing.has(fileId));
    if (missing >= 0) {
      throw new DomainError('INVALID_INPUT', undefined, [{ path: `photos.${missing}`, message: '照片没有上传成功，请重新选择' }]);
    }
    const id = await addedId(db.collection(COLLECTIONS.serviceLogs).add({ data: log }));
    await appendEvent(
      db,
      postEvent('serviceLogged', caller, now, {
        postId,
        memberId: caller._id,
        logId: id,
        placeIds: log.placeIds,
        detail: { date: log.date, hours: log.hours },
      }),
    );
    const saved = { _id: id, ...log };
    const context = await loadLogContext(db, [saved], {
      posts: new Map([[post._id, post]]),
      members: new Map(member ? [[member._id, member]] : []),
      urls: photos.urls,
    });
    return toServiceLogDto(saved, context);
  },
});
