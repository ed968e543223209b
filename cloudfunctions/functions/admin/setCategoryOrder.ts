import { orderCategories } from '../../domain/catalog/categoryLifecycle';
import { COLLECTIONS } from '../../shared/collections';
import { defineAction } from '../../shared/defineAction';
import { toEditableCategoryDto } from './support/categoryDto';
import { recordChanges } from './support/recordChange';
import { allCategories, findPlace } from './support/store';

/** Puts the categories in a new order (the filing form's big buttons follow it); logged as one change. */
export const setCategoryOrder = defineAction('admin', 'setCategoryOrder', {
  access: 'administrators',
  async run({ categoryIds }, { db, caller, now }) {
    const [scope, all] = await Promise.all([findPlace(db, caller.staffScopeId), allCategories(db)]);
    const moved = orderCategories(caller, scope, all, categoryIds, now);
    const byId = new Map(all.map((category) => [category._id, category]));
    const changes = moved.map((after) => ({ before: byId.get(after._id)!, after }));
    const logId = changes.length
      ? await recordChanges(db, caller, now, {
          action: 'setCategoryOrder',
          collection: COLLECTIONS.categories,
          targetId: 'categoryOrder',
          changes,
        })
      : '';
    const after = new Map(moved.map((category) => [category._id, category]));
    const ordered = categoryIds.map((id) => after.get(id) ?? byId.get(id)!);
    return { logId, categories: ordered.map(toEditableCategoryDto) };
  },
});
