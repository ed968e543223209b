import { postEvent, postEventIdOf } from '../../domain/posts/PostEvent';
import type { ServiceLog } from '../../domain/posts/ServiceLog';
import { newServiceLog } from '../../domain/posts/serviceLogRules';
import { isRetryOf } from '../../domain/shared/clientKeys';
import { DomainError } from '../../domain/shared/DomainError';
import type { RegisteredContext } from '../../shared/ActionContext';
import { defineAction } from '../../shared/defineAction';
import { lookUpPhotos } from '../../shared/photoUrls';
import { uploadFolder } from '../../shared/uploadFolder';
import { toServiceLogDto } from './support/dto';
import { addServiceLogOnce, findLog, serviceLogIdOf } from './support/logStore';
import { loadKinds } from './support/settingsCache';
import { appendEventOnce, loadMemberOnPost } from './support/store';

type Loaded = Awaited<ReturnType<typeof loadMemberOnPost>>;

const mapOf = <T extends { _id: string }>(item: T | null) => new Map(item ? [[item._id, item]] : []);

/** The log recorded earlier under this key when this is a resend of the same entry; null otherwise. */
async function retried(db: RegisteredContext['db'], id: string, clientKey: string, fingerprint: string): Promise<ServiceLog | null> {
  const earlier = await findLog(db, id);
  const same = earlier && isRetryOf([{ opId: earlier.clientKey ?? null, opFingerprint: earlier.opFingerprint }], clientKey, fingerprint);
  return same ? earlier : null;
}

/**
 * The ledger entry of a log, under an id from the log: written on every
 * run, a resend after stopping between the log and its entry writes it then.
 */
function logEvent(db: RegisteredContext['db'], caller: RegisteredContext['caller'], log: ServiceLog): Promise<void> {
  const subject = {
    postId: log.postId,
    memberId: log.memberId,
    logId: log._id,
    placeIds: log.placeIds,
    detail: { date: log.date, hours: log.hours },
  };
  return appendEventOnce(db, postEventIdOf('serviceLogged', log._id), postEvent('serviceLogged', caller, new Date(log.createdAt), subject));
}

/** The answer: the log with its post, member, grid, branch, kind names and photo links. */
async function answer(
  { db, now }: RegisteredContext,
  { member, post, grid, branch }: Loaded,
  log: ServiceLog,
  found?: Awaited<ReturnType<typeof lookUpPhotos>>,
) {
  const [photos, kinds] = await Promise.all([found ?? lookUpPhotos(log.photos), loadKinds(db, now)]);
  const lookups = { posts: mapOf(post), members: mapOf(member), nodes: mapOf(grid), branches: mapOf(branch), kinds, urls: photos.urls };
  return toServiceLogDto(log, lookups);
}

/**
 * 上岗履诺: the member records service done on a post they hold. It waits
 * for a grid member of that grid or the branch secretary to verify it.
 * Member, post, claim, grid and branch come in one read; the kinds are kept.
 * The entry's id comes from the member and the phone's key, so a resend
 * after a lost answer records it once; a resend refused by a rule that
 * changed meanwhile (the term ended, the post closed) still gets the entry
 * it recorded the first time. Other content under the key is CONFLICT.
 */
export const logService = defineAction('posts', 'logService', {
  access: 'partyMembers',
  async run({ postId, clientKey, ...input }, context) {
    const { db, caller, now, fingerprint } = context;
    const loaded = await loadMemberOnPost(db, caller._id, postId);
    const { member, post, claim } = loaded;
    const id = serviceLogIdOf(caller._id, clientKey);
    let made;
    try {
      if (!post) throw new DomainError('NOT_FOUND', '没有找到这个岗位');
      made = newServiceLog(input, member, claim, post, now, uploadFolder('service-logs', caller._id));
    } catch (error) {
      const earlier = error instanceof DomainError ? await retried(db, id, clientKey, fingerprint()) : null;
      if (!earlier) throw error;
      await logEvent(db, caller, earlier);
      return answer(context, loaded, earlier);
    }
    // Photos must really be in storage, or the verifier would see broken images.
    const photos = await lookUpPhotos(made.photos);
    const missing = made.photos.findIndex((fileId) => photos.missing.has(fileId));
    if (missing >= 0) {
      throw new DomainError('INVALID_INPUT', undefined, [{ path: `photos.${missing}`, message: '照片没有上传成功，请重新选择' }]);
    }
    const log: ServiceLog = { _id: id, ...made, clientKey, opFingerprint: fingerprint() };
    const kept = (await addServiceLogOnce(db, log)) ? log : await retried(db, id, clientKey, fingerprint());
    if (!kept) throw new DomainError('CONFLICT');
    await logEvent(db, caller, kept);
    return answer(context, loaded, kept, photos);
  },
});
