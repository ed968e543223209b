import { phoneCheckOf } from '../../domain/people/typedPhone';
import type { PartyMember } from '../../domain/posts/PartyMember';
import { DomainError } from '../../domain/shared/DomainError';
import { COLLECTIONS } from '../../shared/collections';
import { defineAction } from '../../shared/defineAction';
import { peopleByPhone } from '../../shared/peopleByPhone';
import { readDocs } from '../../shared/readDocs';
import { placeOf, toRegistrationDto } from './support/dto';
import { loadRegistrationContext } from './support/registrationContext';

/**
 * Staff: the registrations of their jurisdiction with one status, newest
 * first, each with whether its number is the member's own WeChat-verified
 * one and what the roster calls its holder.
 */
export const registrations = defineAction('posts', 'registrations', {
  access: 'staff',
  async run({ status }, { db, caller }) {
    const scopeId = caller.staffScopeId;
    if (!scopeId) throw new DomainError('OUT_OF_JURISDICTION');
    const members = await readDocs<PartyMember>(
      db.collection(COLLECTIONS.partyMembers).where({ placeIds: scopeId, status }).orderBy('submittedAt', 'desc').limit(200),
    );
    // Checked now, not as reported: a number verified or imported since shows as it is.
    const [context, known] = await Promise.all([
      loadRegistrationContext(db, members, [scopeId]),
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
