import { requireRootAdmin } from '../admin/requireAdminOver';
import { DomainError } from '../shared/DomainError';
import { versionOf, type Category } from './Category';
import { checkNameFree, requireVersion, type AdminScope, type CategoryAdmin } from './saveCategory';

/**
 * Retires a category (offered for no new filing; requests, duties and
 * departments keep naming it) or brings it back, its name still free among
 * the active ones. The last active category is never retired: the filing
 * form would offer nothing.
 */
export function setCategoryActive(
  admin: CategoryAdmin,
  scope: AdminScope,
  before: Category,
  change: { active: boolean; expectedVersion: number },
  known: { all: readonly Category[]; now: Date },
): Category {
  requireRootAdmin(admin, scope);
  requireVersion(before, change.expectedVersion);
  if (before.active === change.active) {
    throw new DomainError('CONFLICT', change.active ? '这个类别已经在用了' : '这个类别已经停用了');
  }
  if (change.active) checkNameFree(before.name, before._id, known.all);
  else if (!known.all.some((category) => category.active && category._id !== before._id)) {
    throw new DomainError('INVALID_INPUT', '至少要留一个在用的类别，群众才能提交诉求');
  }
  const edit = { at: known.now, by: admin._id, what: change.active ? '恢复启用' : '停用' };
  return {
    ...before,
    active: change.active,
    version: versionOf(before) + 1,
    updatedAt: known.now,
    history: [...(before.history ?? []), edit],
  };
}

/**
 * The categories whose place changes when the list is put in `ids` order:
 * `ids` must name every category exactly once (retired ones too, so their
 * place is kept for when they come back); one added or removed meanwhile
 * is a conflict, not a silent reshuffle.
 */
export function orderCategories(
  admin: CategoryAdmin,
  scope: AdminScope,
  all: readonly Category[],
  ids: readonly string[],
  now: Date,
): Category[] {
  requireRootAdmin(admin, scope);
  const known = new Set(all.map((category) => category._id));
  if (ids.length !== known.size || new Set(ids).size !== ids.length || ids.some((id) => !known.has(id))) {
    throw new DomainError('CONFLICT', '类别刚刚有人增减过，请刷新后再排');
  }
  const byId = new Map(all.map((category) => [category._id, category]));
  return ids.flatMap((id, index) => {
    const category = byId.get(id) as Category;
    const order = index + 1;
    if (category.order === order) return [];
    return [{ ...category, order, version: versionOf(category) + 1, updatedAt: now }];
  });
}
