import type { PartyMember } from '../../domain/posts/PartyMember';
import { postEvent, postEventIdOf } from '../../domain/posts/PostEvent';
import { branchesAvailableAt, submitRegistration } from '../../domain/posts/registration';
import { phoneCheckOf, requireNotAnotherAccounts } from '../../domain/people/typedPhone';
import { isCreatedBy } from '../../domain/shared/clientKeys';
import { DomainError } from '../../domain/shared/DomainError';
import { defineAction } from '../../shared/defineAction';
import { loadPlaceChain } from '../../shared/loadPlaceChain';
import { peopleByPhone } from '../../shared/peopleByPhone';
import { toRegistrationDto } from './support/dto';
import { branchesOverChain, saveRegistration } from './support/memberStore';
import { loadKinds } from './support/settingsCache';
import { appendEventOnce, findMember } from './support/store';

const RESUBMITTED = '报到信息刚刚被审核或修改过，请刷新后再试';

/**
 * 在职党员到社区报到. Any registered person may report; the registration
 * grants nothing until staff of the community approve it. A pending or
 * rejected registration can be corrected and is pending again. The phone is
 * verified only when it is the caller's own WeChat-verified number; another
 * account's verified number is refused (PHONE_TAKEN); any other number is
 * kept as contact information, with the roster's name for it.
 *
 * Each report carries the phone's key, kept on the registration: a resend
 * (after a lost answer, or racing the first) finds it there and is answered
 * with the registration as it stands, writing nothing (it is neither a
 * second entry in the ledger nor a correction, even after a decision); the
 * key under other content is KEY_REUSED. The ledger entry's id derives from
 * the key, so racing resends of a correction record it once.
 */
export const register = defineAction('posts', 'register', {
  access: 'everyone',
  async run({ clientKey, ...input }, { db, caller, now, fingerprint }) {
    const ownVerified = caller.phone !== '' && input.phone === caller.phone;
    const [existing, chain, kinds, known] = await Promise.all([
      findMember(db, caller._id),
      loadPlaceChain(db, input.gridId),
      loadKinds(db, now),
      ownVerified ? Promise.resolve([caller]) : peopleByPhone(db, [input.phone]),
    ]);
    const branches = branchesAvailableAt(await branchesOverChain(db, chain), chain);
    const sentBefore = (stored: PartyMember | null) => stored?.clientKey === clientKey && isCreatedBy(stored, clientKey, fingerprint());
    let record: PartyMember;
    if (existing && sentBefore(existing)) record = existing;
    else {
      // A number WeChat verified for someone else is theirs, not this reporter's.
      requireNotAnotherAccounts(caller._id, known);
      const phoneCheck = phoneCheckOf(caller._id, input.phone, known);
      const submitted = submitRegistration(caller._id, input, existing, chain, branches, [...kinds.keys()], phoneCheck, now);
      record = { ...submitted, clientKey, opFingerprint: fingerprint() };
      // A correction only over the state just read: a decision made meanwhile is not overwritten.
      if (!(await saveRegistration(db, record, existing))) {
        const stored = await findMember(db, caller._id);
        if (!stored || !sentBefore(stored)) throw new DomainError('CONFLICT', RESUBMITTED);
        record = stored;
      }
    }
    await appendEventOnce(
      db,
      postEventIdOf('registrationSubmitted', caller._id, clientKey),
      postEvent('registrationSubmitted', { _id: caller._id, name: record.name }, new Date(record.submittedAt), {
        memberId: record._id,
        placeIds: record.placeIds,
        detail: { branchId: record.branchId, employer: record.employer, resubmitted: existing && existing !== record ? 1 : 0 },
      }),
    );
    const branchMap = new Map(branches.map((branch) => [branch._id, branch]));
    const nodes = new Map([chain.grid, chain.village].map((node) => [node._id, node]));
    return toRegistrationDto(record, { nodes, branches: branchMap, kinds });
  },
});
