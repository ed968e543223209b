import { buildContactCard } from '../../domain/grids/buildContactCard';
import { defineAction } from '../../shared/defineAction';
import { loadPlaceChain } from '../../shared/loadPlaceChain';
import { allCategories, peopleServing } from './support/store';
import { toContactCardDto } from './support/toDto';

/** 便民联系卡: public by design (it hangs on every grid's notice board). */
export const contactCard = defineAction('grids', 'contactCard', {
  access: 'visitor',
  async run({ gridId }, { db }) {
    const chain = await loadPlaceChain(db, gridId);
    const [users, categories] = await Promise.all([peopleServing(db, gridId, chain.village._id), allCategories(db)]);
    return toContactCardDto(
      buildContactCard(
        chain,
        users.filter((user) => user.gridDuties.some((duty) => duty.gridId === gridId)),
        users,
        categories,
      ),
    );
  },
});
