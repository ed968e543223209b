import { registerResident } from '../../domain/people/registerResident';
import { COLLECTIONS } from '../../shared/collections';
import { defineAction } from '../../shared/defineAction';
import { loadPlaceChain } from '../../shared/loadPlaceChain';
import { toProfileDto } from './toProfileDto';

/**
 * Sets where the caller lives. A first-time visitor becomes a resident here;
 * anyone else only moves their home grid (their other roles are untouched).
 */
export const chooseGrid = defineAction('users', 'chooseGrid', {
  access: 'visitor',
  async run({ gridId }, { db, caller, openid, now }) {
    const home = await loadPlaceChain(db, gridId);
    const users = db.collection(COLLECTIONS.users);
    if (caller) {
      await users.doc(openid).update({ data: { homeGridId: gridId } });
      return toProfileDto({ ...caller, homeGridId: gridId }, home);
    }
    const user = registerResident(openid, gridId, now);
    const { _id, ...fields } = user;
    await users.doc(_id).set({ data: fields });
    return toProfileDto(user, home);
  },
});
