import type { Category } from '../../domain/catalog/Category';
import { buildContactCard } from '../../domain/grids/buildContactCard';
import type { User } from '../../domain/people/User';
import { COLLECTIONS } from '../../shared/collections';
import { defineAction } from '../../shared/defineAction';
import { loadPlaceChain } from '../../shared/loadPlaceChain';
import { readDocs } from '../../shared/readDocs';
import { toContactCardDto } from './support/toDto';

/** 便民联系卡: public by design (it hangs on every grid's notice board). */
export const contactCard = defineAction('grids', 'contactCard', {
  access: 'visitor',
  async run({ gridId }, { db }) {
    const chain = await loadPlaceChain(db, gridId);
    const _ = db.command;
    const [users, categories] = await Promise.all([
      readDocs<User>(
        db
          .collection(COLLECTIONS.users)
          .where(_.or([{ 'gridDuties.gridId': gridId }, { 'nodeDuties.nodeId': chain.village._id }]))
          .limit(100),
      ),
      readDocs<Category>(db.collection(COLLECTIONS.categories).limit(100)),
    ]);
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
