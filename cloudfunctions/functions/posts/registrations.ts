import { phoneCheckOf } from '../../domain/people/typedPhone';
import { DomainError } from '../../domain/shared/DomainError';
import { defineAction } from '../../shared/defineAction';
import { peopleByPhone } from '../../shared/peopleByPhone';
import { placeOf, toRegistrationDto } from './support/dto';
import { registrationsOf } from './support/memberStore';
import { loadRegistrationContext } from './support/registrationContext';

/**
 * Staff: the registrations of their jurisdiction with one status, newest
 * first, each with whether its number is the member's own WeChat-verified
 * one and what the roster calls its holder.
 */
export const registrations = defineAction('posts', 'registrations', {
  access: 'staff',
  async run({ status }, { db, caller, now }) {
    const scopeId = caller.staffScopeId;
    if (!scopeId) throw new DomainError('OUT_OF_JURISDICTION');
    const members = await registrationsOf(db, scopeId, status);
    // Checked now, not as reported: a number verified or imported since shows as it is.
    const [context, known] = await Promise.all([
      loadRegistrationContext(db, now, members, [scopeId]),
      peopleByPhone(
        db,
        members.map((member) => member.phone),
      ),
    ]);
    return {
      scope: placeOf(context.nodes, scopeId),
      status,
      registrations: members.map((member) => toRegistrationDto({ ...member, ...phoneCheckOf(member._id, member.phone, known) }, context)),
    };
  },
});
