import { requireRootAdmin } from '../../domain/admin/requireAdminOver';
import { versionOf, type Category } from '../../domain/catalog/Category';
import { saveCategory as planSave } from '../../domain/catalog/saveCategory';
import { DomainError } from '../../domain/shared/DomainError';
import { lastEditOn, unlessOwnResend } from '../../domain/shared/lastEdit';
import { COLLECTIONS } from '../../shared/collections';
import { defineAction } from '../../shared/defineAction';
import { keyedId } from '../../shared/keyedId';
import { toEditableCategoryDto } from './support/categoryDto';
import { keyedLogId, madeUnderKey, newLogId, recordChange, recordEdit, recordKeyedCreate } from './support/recordChange';
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
    const action = 'saveCategory';
    const collection = COLLECTIONS.categories;
    if (!before) {
      const after = plan();
      if (key) {
        const created = await recordKeyedCreate(db, caller, now, { action, collection, after }, key);
        return { logId: created.logId, category: toEditableCategoryDto(created.after) };
      }
      return { logId: await recordChange(db, caller, now, { action, collection, before, after }), category: toEditableCategoryDto(after) };
    }
    const logId = newLogId(now);
    const edit = editFingerprint();
    const planned = version === undefined ? plan() : unlessOwnResend(plan, versionOf(before), before, version, edit);
    // A resend of the edit that made the category's version: it is done.
    const done =
      planned && version !== undefined
        ? await recordEdit(
            db,
            caller,
            now,
            { action, collection, before, after: { ...planned, lastEdit: lastEditOn(version, edit, logId) } },
            { version, fingerprint: edit, logId },
            versionOf,
          )
        : { logId: before.lastEdit?.logId ?? logId, saved: before };
    return { logId: done.logId, category: toEditableCategoryDto(done.saved) };
  },
});
