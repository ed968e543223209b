import type { PartyMember } from '../../domain/posts/PartyMember';
import { DomainError } from '../../domain/shared/DomainError';
import { COLLECTIONS } from '../../shared/collections';
import { defineAction } from '../../shared/defineAction';
import { readDocs } from '../../shared/readDocs';
import { STAFF } from './support/access';
import { placeOf, toRegistrationDto } from './support/dto';
import { loadRegistrationContext } from './support/registrationContext';

/** Staff: the registrations of their jurisdiction with one status, newest first. */
export const registrations = defineAction('posts', 'registrations', {
  access: STAFF,
  async run({ status }, { db, caller }) {
    const scopeId = caller.staffScopeId;
    if (!scopeId) throw new DomainError('OUT_OF_JURISDICTION');
    const members = await readDocs<PartyMember>(
      db
        .collection(COLLECTIONS.partyMembers)
        .where({ placeIds: scopeId, status })
        .orderBy('submittedAt', 'desc')
        .limit(200),
    );
    const context = await loadRegistrationContext(db, members, [scopeId]);
    return {
      scope: placeOf(context.nodes, scopeId),
      status,
      registrations: members.map((member) => toRegistrationDto(member, context)),
    };
  },
});
