import { postEvent } from '../../domain/posts/PostEvent';
import { newServiceLog } from '../../domain/posts/serviceLogRules';
import { DomainError } from '../../domain/shared/DomainError';
import { defineAction } from '../../shared/defineAction';
import { lookUpPhotos } from '../../shared/photoUrls';
import { uploadFolder } from '../../shared/uploadFolder';
import { toServiceLogDto } from './support/dto';
import { appendServiceLog } from './support/logStore';
import { loadKinds } from './support/settingsCache';
import { appendEvent, loadMemberOnPost } from './support/store';

const mapOf = <T extends { _id: string }>(item: T | null) => new Map(item ? [[item._id, item]] : []);

/**
 * 上岗履诺: the member records service done on a post they hold. It waits
 * for a grid member of that grid or the branch secretary to verify it.
 * Member, post, claim, grid and branch come in one read; the kinds are kept.
 */
export const logService = defineAction('posts', 'logService', {
  access: 'partyMembers',
  async run({ postId, ...input }, { db, caller, now }) {
    const { member, post, claim, grid, branch } = await loadMemberOnPost(db, caller._id, postId);
    if (!post) throw new DomainError('NOT_FOUND', '没有找到这个岗位');
    const log = newServiceLog(input, member, claim, post, now, uploadFolder('service-logs', caller._id));
    // Photos must really be in storage, or the verifier would see broken images.
    const [photos, kinds] = await Promise.all([lookUpPhotos(log.photos), loadKinds(db, now)]);
    const missing = log.photos.findIndex((fileId) => photos.missing.has(fileId));
    if (missing >= 0) {
      throw new DomainError('INVALID_INPUT', undefined, [{ path: `photos.${missing}`, message: '照片没有上传成功，请重新选择' }]);
    }
    const id = await appendServiceLog(db, log);
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
    return toServiceLogDto(
      { _id: id, ...log },
      { posts: mapOf(post), members: mapOf(member), nodes: mapOf(grid), branches: mapOf(branch), kinds, urls: photos.urls },
    );
  },
});
