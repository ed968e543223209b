import { postEvent } from '../../domain/posts/PostEvent';
import { decideRegistration as decide } from '../../domain/posts/registration';
import { DomainError } from '../../domain/shared/DomainError';
import { defineAction } from '../../shared/defineAction';
import { toRegistrationDto } from './support/dto';
import { decidePendingRegistration } from './support/memberStore';
import { loadRegistrationContext } from './support/registrationContext';
import { appendEvent, findMember } from './support/store';

const DECIDED = '这份报到已经审核过了';

/**
 * Staff of the member's community approve or reject a registration.
 * Approval is what makes a person a party member here: the registration's
 * status and the role on their user change in one transaction
 * (`decidePendingRegistration`). Staff see whether the reported phone is
 * WeChat-verified and whether the name matches the roster (RegistrationDto).
 */
export const decideRegistration = defineAction('posts', 'decideRegistration', {
  access: 'staff',
  async run({ memberId, decision, reason }, { db, caller, now }) {
    const member = await findMember(db, memberId);
    if (!member) throw new DomainError('NOT_FOUND', '没有找到这份报到');
    const patch = decide(member, caller, decision, reason, now);
    if (!(await decidePendingRegistration(db, member, patch))) throw new DomainError('CONFLICT', DECIDED);
    await appendEvent(
      db,
      postEvent(patch.status === 'approved' ? 'registrationApproved' : 'registrationRejected', caller, now, {
        memberId,
        placeIds: member.placeIds,
        detail: { reason: patch.rejectReason },
      }),
    );
    const decided = { ...member, ...patch };
    return toRegistrationDto(decided, await loadRegistrationContext(db, now, [decided]));
  },
});
