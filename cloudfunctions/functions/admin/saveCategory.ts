import { requireRootAdmin } from '../../domain/admin/requireAdminOver';
import { versionOf, type Category } from '../../domain/catalog/Category';
import { saveCategory as planSave } from '../../domain/catalog/saveCategory';
import { DomainError } from '../../domain/shared/DomainError';
import { COLLECTIONS } from '../../shared/collections';
import { defineAction } from '../../shared/defineAction';
import { keyedId } from '../../shared/keyedId';
import { toEditableCategoryDto } from './support/categoryDto';
import { keyedLogId, madeUnderKey } from './support/recordChange';
import { recordSave } from './support/recordSave';
import { allCategories, findPlace } from './support/store';

/**
 * Adds a category, or changes one's name, icon, time limit and questions
 * (made on `version`); logged. A new one is made under the phone's key (its
 * id and log entry derive from it): a resend is answered with the category
 * it made, never a second one. An edit sent again after its answer was lost
 * is answered with the category as it made it.
 */
export const saveCategory = defineAction('admin', 'saveCategory', {
  access: 'administrators',
  async run({ categoryId, version, clientKey, ...input }, { db, caller, now, fingerprint, editFingerprint }) {
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
    const plan = () => planSave(caller, scope, before, { ...input, expectedVersion: version }, { all, newId, now });
    const { logId, saved } = await recordSave(db, caller, now, {
      action: 'saveCategory',
      collection: COLLECTIONS.categories,
      before,
      plan,
      version,
      versionOf,
      editFingerprint,
      key,
    });
    return { logId, category: toEditableCategoryDto(saved) };
  },
});
