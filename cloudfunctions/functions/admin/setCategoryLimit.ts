import type { Category } from '../../domain/catalog/Category';
import { requireRootAdmin } from '../../domain/admin/requireAdminOver';
import { DomainError } from '../../domain/shared/DomainError';
import { COLLECTIONS } from '../../shared/collections';
import { defineAction } from '../../shared/defineAction';
import { findById } from '../../shared/findById';
import { findPlace } from './support/store';
import { recordChange } from './support/recordChange';

/** 限时办结 of a category; requests already routed keep the limit they were given. */
export const setCategoryLimit = defineAction('admin', 'setCategoryLimit', {
  access: 'administrators',
  async run({ categoryId, timeLimitDays }, { db, caller, now }) {
    requireRootAdmin(caller, await findPlace(db, caller.staffScopeId));
    const category = await findById<Category>(db, COLLECTIONS.categories, categoryId);
    if (!category) throw new DomainError('NOT_FOUND');
    const after = { ...category, timeLimitDays };
    return {
      logId: await recordChange(db, caller, now, {
        action: 'setCategoryLimit',
        collection: COLLECTIONS.categories,
        before: category,
        after,
      }),
    };
  },
});
