import { registerResident } from '../../domain/people/registerResident';
import { defineAction } from '../../shared/defineAction';
import { loadPlaceChain } from '../../shared/loadPlaceChain';
import { addPerson, setHomeGrid } from './support/store';
import { toProfileDto } from './support/toProfileDto';

/**
 * Sets where the caller lives. A first-time visitor becomes a resident here;
 * anyone else only moves their home grid (their other roles are untouched).
 */
export const chooseGrid = defineAction('users', 'chooseGrid', {
  access: 'visitor',
  async run({ gridId }, { db, caller, openid, now }) {
    const home = await loadPlaceChain(db, gridId);
    if (caller) {
      if (caller.homeGridId !== gridId) await setHomeGrid(db, openid, gridId);
      return toProfileDto(openid, { ...caller, homeGridId: gridId }, home);
    }
    const user = registerResident(openid, gridId, now);
    await addPerson(db, user);
    return toProfileDto(openid, user, home);
  },
});
