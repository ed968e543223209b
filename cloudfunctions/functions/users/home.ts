import { defineAction } from '../../shared/defineAction';
import { loadContactCard } from '../../shared/contactCard';
import { finishMove } from './support/finishMove';
import { toProfileDto } from './support/toProfileDto';

/**
 * 首页 in one call: who the caller is and their home grid's 便民联系卡 (the
 * grid's place chain comes with the card, so the profile costs nothing more):
 * the caller (read by the dispatcher), the card's aggregate and the
 * categories, three database actions. Like users.me it finishes a take-over
 * cut short by a crash (finishMove), alongside. A home grid that no longer
 * exists reads as none, so the page offers the grid picker instead of an error.
 */
export const home = defineAction('users', 'home', {
  access: 'visitor',
  async run(_input, { db, caller, openid, now }) {
    const gridId = caller?.homeGridId;
    const [, loaded] = await Promise.all([finishMove(db, caller, now), gridId ? loadContactCard(db, gridId) : null]);
    return { profile: toProfileDto(openid, caller, loaded?.chain ?? null), card: loaded?.card ?? null };
  },
});
