import { requireRootAdmin } from '../../domain/admin/requireAdminOver';
import { randomBytes } from 'node:crypto';
import { saveCategory as planSave } from '../../domain/catalog/saveCategory';
import { DomainError } from '../../domain/shared/DomainError';
import { COLLECTIONS } from '../../shared/collections';
import { defineAction } from '../../shared/defineAction';
import { toEditableCategoryDto } from './support/categoryDto';
import { recordChange } from './support/recordChange';
import { allCategories, findPlace } from './support/store';

/** Adds a category, or changes one's name, icon, time limit and questions (made on `version`); logged. */
export const saveCategory = defineAction('admin', 'saveCategory', {
  access: 'administrators',
  async run({ categoryId, version, ...input }, { db, caller, now }) {
    const [scope, all] = await Promise.all([findPlace(db, caller.staffScopeId), allCategories(db)]);
    requireRootAdmin(caller, scope);
    const before = categoryId ? (all.find((category) => category._id === categoryId) ?? null) : null;
    if (categoryId && !before) throw new DomainError('NOT_FOUND', '没有找到这个类别，请刷新后再试');
    const newId = `cat-${now.getTime().toString(36)}-${randomBytes(3).toString('hex')}`;
    const after = planSave(caller, scope, before, { ...input, expectedVersion: version }, { all, newId, now });
    const logId = await recordChange(db, caller, now, { action: 'saveCategory', collection: COLLECTIONS.categories, before, after });
    return { logId, category: toEditableCategoryDto(after) };
  },
});
