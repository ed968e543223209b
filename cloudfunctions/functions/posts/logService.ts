import { postEvent } from '../../domain/posts/PostEvent';
import type { ServiceLog } from '../../domain/posts/ServiceLog';
import { newServiceLog } from '../../domain/posts/serviceLogRules';
import { isRetryOf } from '../../domain/shared/clientKeys';
import { DomainError } from '../../domain/shared/DomainError';
import { defineAction } from '../../shared/defineAction';
import { lookUpPhotos } from '../../shared/photoUrls';
import { uploadFolder } from '../../shared/uploadFolder';
import { toServiceLogDto } from './support/dto';
import { addServiceLogOnce, findLog, serviceLogIdOf } from './support/logStore';
import { loadKinds } from './support/settingsCache';
import { appendEvent, loadMemberOnPost } from './support/store';

const mapOf = <T extends { _id: string }>(item: T | null) => new Map(item ? [[item._id, item]] : []);

/** The log a resend under the same key finds: the same entry is answered with it, other content under the key is KEY_REUSED. */
async function earlierUnderKey(db: Parameters<typeof findLog>[0], id: string, clientKey: string, fingerprint: string): Promise<ServiceLog> {
  const earlier = await findLog(db, id);
  if (!earlier || !isRetryOf([{ opId: earlier.clientKey ?? null, opFingerprint: earlier.opFingerprint }], clientKey, fingerprint)) {
    throw new DomainError('CONFLICT');
  }
  return earlier;
}

/**
 * 上岗履诺: the member records service done on a post they hold. It waits
 * for a grid member of that grid or the branch secretary to verify it.
 * Member, post, claim, grid and branch come in one read; the kinds are kept.
 * The entry's id comes from the member and the phone's key, so a resend
 * after a lost answer records it once.
 */
export const logService = defineAction('posts', 'logService', {
  access: 'partyMembers',
  async run({ postId, clientKey, ...input }, { db, caller, now, fingerprint }) {
    const { member, post, claim, grid, branch } = await loadMemberOnPost(db, caller._id, postId);
    if (!post) throw new DomainError('NOT_FOUND', '没有找到这个岗位');
    const made = newServiceLog(input, member, claim, post, now, uploadFolder('service-logs', caller._id));
    // Photos must really be in storage, or the verifier would see broken images.
    const [photos, kinds] = await Promise.all([lookUpPhotos(made.photos), loadKinds(db, now)]);
    const missing = made.photos.findIndex((fileId) => photos.missing.has(fileId));
    if (missing >= 0) {
      throw new DomainError('INVALID_INPUT', undefined, [{ path: `photos.${missing}`, message: '照片没有上传成功，请重新选择' }]);
    }
    const id = serviceLogIdOf(caller._id, clientKey);
    const log: ServiceLog = { _id: id, ...made, clientKey, opFingerprint: fingerprint() };
    const added = await addServiceLogOnce(db, log);
    const kept = added ? log : await earlierUnderKey(db, id, clientKey, fingerprint());
    if (added) {
      const subject = { postId, memberId: caller._id, logId: id, placeIds: log.placeIds, detail: { date: log.date, hours: log.hours } };
      await appendEvent(db, postEvent('serviceLogged', caller, now, subject));
    }
    const lookups = { posts: mapOf(post), members: mapOf(member), nodes: mapOf(grid), branches: mapOf(branch), kinds, urls: photos.urls };
    return toServiceLogDto(kept, lookups);
  },
});
