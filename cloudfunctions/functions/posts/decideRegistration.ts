import type { User } from '../../domain/people/User';
import { postEvent } from '../../domain/posts/PostEvent';
import { decideRegistration as decide } from '../../domain/posts/registration';
import { DomainError } from '../../domain/shared/DomainError';
import { COLLECTIONS } from '../../shared/collections';
import { updatedCount } from '../../shared/dbResults';
import { defineAction } from '../../shared/defineAction';
import { findById } from '../../shared/findById';
import { STAFF } from './support/access';
import { toRegistrationDto } from './support/dto';
import { appendEvent } from './support/events';
import { findMember } from './support/loaders';
import { loadRegistrationContext } from './support/registrationContext';

/**
 * Staff of the member's community approve or reject a registration. Approval
 * is what makes a person a party member here: it adds the role to their user.
 */
export const decideRegistration = defineAction('posts', 'decideRegistration', {
  access: STAFF,
  async run({ memberId, decision, reason }, { db, caller, now }) {
    const member = await findMember(db, memberId);
    if (!member) throw new DomainError('NOT_FOUND', '没有找到这份报到');
    const patch = decide(member, caller, decision, reason, now);
    const changed = await updatedCount(
      db.collection(COLLECTIONS.partyMembers).where({ _id: memberId, status: 'pending' }).update({ data: patch }),
    );
    if (changed !== 1) throw new DomainError('CONFLICT', '这份报到已经审核过了');
    if (patch.status === 'approved') {
      const user = await findById<User>(db, COLLECTIONS.users, memberId);
      if (user) {
        const _ = db.command;
        await db
          .collection(COLLECTIONS.users)
          .doc(memberId)
          .update({
            data: {
              roles: _.addToSet({ $each: ['partyMember'] }),
              // A self-registered resident has no name or phone yet: the registration's fill them.
              ...(user.name ? {} : { name: member.name }),
              ...(user.phone ? {} : { phone: member.phone }),
            },
          });
      }
    }
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
