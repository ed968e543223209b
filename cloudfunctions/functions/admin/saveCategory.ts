import { requireRootAdmin } from '../../domain/admin/requireAdminOver';
import type { Category } from '../../domain/catalog/Category';
import { saveCategory as planSave } from '../../domain/catalog/saveCategory';
import { DomainError } from '../../domain/shared/DomainError';
import { COLLECTIONS } from '../../shared/collections';
import { defineAction } from '../../shared/defineAction';
import { keyedId } from '../../shared/keyedId';
import { toEditableCategoryDto } from './support/categoryDto';
import { keyedLogId, madeUnderKey, recordChange, recordKeyedCreate } from './support/recordChange';
import { allCategories, findPlace } from './support/store';

/**
 * Adds a category, or changes one's name, icon, time limit and questions
 * (made on `version`); logged. A new one is made under the phone's key (its
 * id and log entry derive from it): a resend is answered with the category
 * it made, never a second one.
 */
export const saveCategory = defineAction('admin', 'saveCategory', {
  access: 'administrators',
  async run({ categoryId, version, clientKey, ...input }, { db, caller, now, fingerprint }) {
    const [scope, all] = await Promise.all([findPlace(db, caller.staffScopeId), allCategories(db)]);
    requireRootAdmin(caller, scope);
    // The contract makes a new category carry a key.
    const key = !categoryId && clientKey ? { logId: keyedLogId(caller, clientKey), fingerprint: fingerprint() } : null;
    const made = key ? await madeUnderKey<Category>(db, key) : null;
    if (key && made) return { logId: key.logId, category: toEditableCategoryDto(made) };
    const before = categoryId ? (all.find((category) => category._id === categoryId) ?? null) : null;
    if (categoryId && !before) throw new DomainError('NOT_FOUND', '没有找到这个类别，请刷新后再试');
    // Used only by a new one.
    const newId = keyedId('cat-', caller._id, clientKey ?? '');
    const after = planSave(caller, scope, before, { ...input, expectedVersion: version }, { all, newId, now });
    const change = { action: 'saveCategory', collection: COLLECTIONS.categories, after };
    if (key) {
      const created = await recordKeyedCreate(db, caller, now, change, key);
      return { logId: created.logId, category: toEditableCategoryDto(created.after) };
    }
    const logId = await recordChange(db, caller, now, { ...change, before });
    return { logId, category: toEditableCategoryDto(after) };
  },
});
