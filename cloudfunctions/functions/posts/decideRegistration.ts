import type { User } from '../../domain/people/User';
import type { PartyMember } from '../../domain/posts/PartyMember';
import { postEvent } from '../../domain/posts/PostEvent';
import { decideRegistration as decide } from '../../domain/posts/registration';
import { DomainError } from '../../domain/shared/DomainError';
import { COLLECTIONS } from '../../shared/collections';
import { defineAction } from '../../shared/defineAction';
import { runTransaction } from '../../shared/transaction';
import { toRegistrationDto } from './support/dto';
import { appendEvent } from './support/events';
import { findMember } from './support/loaders';
import { loadRegistrationContext } from './support/registrationContext';

const DECIDED = '这份报到已经审核过了';

/**
 * Staff of the member's community approve or reject a registration.
 * Approval is what makes a person a party member here: the registration's
 * status and the role on their user change in one transaction, so neither
 * is ever seen without the other. Staff see whether the reported phone is
 * WeChat-verified and whether the name matches the roster (RegistrationDto).
 */
export const decideRegistration = defineAction('posts', 'decideRegistration', {
  access: 'staff',
  async run({ memberId, decision, reason }, { db, caller, now }) {
    const member = await findMember(db, memberId);
    if (!member) throw new DomainError('NOT_FOUND', '没有找到这份报到');
    const patch = decide(member, caller, decision, reason, now);
    await runTransaction(db, async (transaction) => {
      const registrations = transaction.collection(COLLECTIONS.partyMembers);
      const current = (await registrations.doc(memberId).get()).data as PartyMember;
      if (current.status !== 'pending') throw new DomainError('CONFLICT', DECIDED);
      await registrations.doc(memberId).update({ data: patch });
      if (patch.status !== 'approved') return;
      const users = transaction.collection(COLLECTIONS.users);
      const user = (await users.doc(memberId).get()).data as User;
      await users.doc(memberId).update({
        data: {
          roles: [...new Set([...user.roles, 'partyMember' as const])],
          // A resident without a name yet is called what they reported. The
          // number they reported is never copied: only WeChat verifies a phone
          // onto an account (绑定手机号), and a typed one would make anyone the
          // owner of requests filed for that number.
          ...(user.name ? {} : { name: member.name }),
        },
      });
    });
    await appendEvent(
      db,
      postEvent(patch.status === 'approved' ? 'registrationApproved' : 'registrationRejected', caller, now, {
        memberId,
        placeIds: member.placeIds,
        detail: { reason: patch.rejectReason },
      }),
    );
    const decided = { ...member, ...patch };
    return toRegistrationDto(decided, await loadRegistrationContext(db, [decided]));
  },
});
