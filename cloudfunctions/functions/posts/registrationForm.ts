import { reachOf } from '../../domain/people/reachOf';
import type { Branch } from '../../domain/posts/Branch';
import { branchesAvailableAt } from '../../domain/posts/registration';
import { COLLECTIONS } from '../../shared/collections';
import { defineAction } from '../../shared/defineAction';
import { loadPlaceChain, toPlaceDto } from '../../shared/loadPlaceChain';
import { readDocs } from '../../shared/readDocs';
import { kindList, toRegistrationDto } from './support/dto';
import { findMember } from './support/loaders';
import { loadRegistrationContext } from './support/registrationContext';

/**
 * What the 到社区报到 form needs: the caller's registration if any, the
 * branches a member of the chosen grid can belong to, and the post kinds
 * for their skills.
 */
export const registrationForm = defineAction('posts', 'registrationForm', {
  access: 'everyone',
  async run({ gridId }, { db, caller }) {
    const member = await findMember(db, caller._id);
    const placeId = gridId ?? member?.gridId ?? caller.homeGridId;
    const [context, chain] = await Promise.all([
      loadRegistrationContext(db, member ? [member] : []),
      placeId ? loadPlaceChain(db, placeId) : Promise.resolve(null),
    ]);
    const _ = db.command;
    const branches = chain
      ? branchesAvailableAt(
          await readDocs<Branch>(
            db
              .collection(COLLECTIONS.branches)
              .where({ nodeId: _.in([chain.county._id, chain.township._id, chain.village._id]) })
              .limit(1000),
          ),
          chain,
        )
      : [];
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
