import { requireRootAdmin } from '../../domain/admin/requireAdminOver';
import { setCategoryActive as planActive } from '../../domain/catalog/categoryLifecycle';
import { DomainError } from '../../domain/shared/DomainError';
import { COLLECTIONS } from '../../shared/collections';
import { defineAction } from '../../shared/defineAction';
import { toEditableCategoryDto } from './support/categoryDto';
import { recordChange } from './support/recordChange';
import { allCategories, findPlace } from './support/store';

/** Retires a category (no new filings; what names it keeps it) or brings it back; logged. */
export const setCategoryActive = defineAction('admin', 'setCategoryActive', {
  access: 'administrators',
  async run({ categoryId, version, active }, { db, caller, now }) {
    const [scope, all] = await Promise.all([findPlace(db, caller.staffScopeId), allCategories(db)]);
    requireRootAdmin(caller, scope);
    const before = all.find((category) => category._id === categoryId);
    if (!before) throw new DomainError('NOT_FOUND', '没有找到这个类别，请刷新后再试');
    const after = planActive(caller, scope, before, { active, expectedVersion: version }, { all, now });
    const logId = await recordChange(db, caller, now, { action: 'setCategoryActive', collection: COLLECTIONS.categories, before, after });
    return { logId, category: toEditableCategoryDto(after) };
  },
});
