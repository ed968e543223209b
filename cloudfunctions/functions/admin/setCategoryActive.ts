import { requireRootAdmin } from '../../domain/admin/requireAdminOver';
import { setCategoryActive as planActive } from '../../domain/catalog/categoryLifecycle';
import { versionOf } from '../../domain/catalog/Category';
import { DomainError } from '../../domain/shared/DomainError';
import { lastEditOn, unlessOwnResend } from '../../domain/shared/lastEdit';
import { COLLECTIONS } from '../../shared/collections';
import { defineAction } from '../../shared/defineAction';
import { toEditableCategoryDto } from './support/categoryDto';
import { newLogId, recordEdit } from './support/recordChange';
import { allCategories, findPlace } from './support/store';

/**
 * Retires a category (no new filings; what names it keeps it) or brings it
 * back; logged. Sent again after its answer was lost, it is answered with
 * the category as it left it.
 */
export const setCategoryActive = defineAction('admin', 'setCategoryActive', {
  access: 'administrators',
  async run({ categoryId, version, active }, { db, caller, now, editFingerprint }) {
    const [scope, all] = await Promise.all([findPlace(db, caller.staffScopeId), allCategories(db)]);
    requireRootAdmin(caller, scope);
    const before = all.find((category) => category._id === categoryId);
    if (!before) throw new DomainError('NOT_FOUND', '没有找到这个类别，请刷新后再试');
    const logId = newLogId(now);
    const edit = editFingerprint();
    const planned = unlessOwnResend(
      () => planActive(caller, scope, before, { active, expectedVersion: version }, { all, now }),
      versionOf(before),
      before,
      version,
      edit,
    );
    const change = { action: 'setCategoryActive', collection: COLLECTIONS.categories, before };
    // A resend of the change that made the category's version: it is done.
    const done = planned
      ? await recordEdit(
          db,
          caller,
          now,
          { ...change, after: { ...planned, lastEdit: lastEditOn(version, edit, logId) } },
          { version, fingerprint: edit, logId },
          versionOf,
        )
      : { logId: before.lastEdit?.logId ?? logId, saved: before };
    return { logId: done.logId, category: toEditableCategoryDto(done.saved) };
  },
});
