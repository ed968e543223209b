import { DomainError } from '../../domain/shared/DomainError';
import { defineAction } from '../../shared/defineAction';
import { loadContactCard } from '../../shared/contactCard';

/** 便民联系卡: public by design (it hangs on every grid's notice board). */
export const contactCard = defineAction('grids', 'contactCard', {
  access: 'visitor',
  async run({ gridId }, { db }) {
    const loaded = await loadContactCard(db, gridId);
    if (!loaded) throw new DomainError('NOT_FOUND', '没有找到这个网格，请重新选择');
    return loaded.card;
  },
});
