import { reachOf } from '../../domain/people/reachOf';
import { branchesAvailableAt } from '../../domain/posts/registration';
import { defineAction } from '../../shared/defineAction';
import { loadPlaceChain, toPlaceDto } from '../../shared/loadPlaceChain';
import { kindList, toRegistrationDto } from './support/dto';
import { branchesOverChain } from './support/memberStore';
import { loadRegistrationContext } from './support/registrationContext';
import { findMember } from './support/store';

/**
 * What the 到社区报到 form needs: the caller's registration if any, the
 * branches a member of the chosen grid can belong to, and the post kinds
 * for their skills.
 */
export const registrationForm = defineAction('posts', 'registrationForm', {
  access: 'everyone',
  async run({ gridId }, { db, caller, now }) {
    const member = await findMember(db, caller._id);
    const placeId = gridId ?? member?.gridId ?? caller.homeGridId;
    const [context, chain] = await Promise.all([
      loadRegistrationContext(db, now, member ? [member] : []),
      placeId ? loadPlaceChain(db, placeId) : Promise.resolve(null),
    ]);
    const branches = chain ? branchesAvailableAt(await branchesOverChain(db, chain), chain) : [];
    return {
      registration: member ? toRegistrationDto(member, context) : null,
      branches: branches.map((branch) => ({ id: branch._id, name: branch.name })),
      kinds: kindList(context.kinds),
      place: chain ? { grid: toPlaceDto(chain.grid), village: toPlaceDto(chain.village) } : null,
      name: member?.name ?? (caller.name || null),
      phone: member?.phone ?? (reachOf(caller).phone || null),
      verifiedPhone: caller.phone || null,
    };
  },
});
