import { requireRootAdmin } from '../admin/requireAdminOver';
import type { JurisdictionNode } from '../jurisdiction/JurisdictionNode';
import type { User } from '../people/User';
import { DomainError } from '../shared/DomainError';
import { questionsOf, versionOf, type Category } from './Category';
import { isCategoryIcon } from './categoryIcons';
import type { QuestionDraft } from './categoryQuestions';
import { checkQuestions } from './checkQuestions';

export interface CategoryInput {
  name: string;
  icon: string;
  timeLimitDays: number;
  questions: QuestionDraft[];
}

export const MAX_TIME_LIMIT_DAYS = 60;
/** A list residents choose from on one screen; and a reorder of all fits one transaction (a read and a write each). */
export const MAX_CATEGORIES = 40;

export type CategoryAdmin = Pick<User, '_id' | 'roles'>;
export type AdminScope = Pick<JurisdictionNode, 'parentId'> | null;

/** The version the administrator edited must still be the stored one, or another's change would be overwritten. */
export function requireVersion(before: Category, expected: number): void {
  if (versionOf(before) !== expected) throw new DomainError('CONFLICT', '刚刚有人改过这个类别，请刷新后再改');
}

/** Two active categories with one name would be told apart by nobody (a retired one may share it until restored). */
export function checkNameFree(name: string, self: string | null, all: readonly Category[]): void {
  if (all.some((category) => category._id !== self && category.active && category.name === name)) {
    throw new DomainError('CATEGORY_NAME_TAKEN', undefined, [{ path: 'name', message: '已有同名的类别，请换个名字' }]);
  }
}

function checkFields(input: CategoryInput): void {
  if (!isCategoryIcon(input.icon))
    throw new DomainError('INVALID_INPUT', '请从列出的图标中选择', [{ path: 'icon', message: '请选择图标' }]);
  if (!Number.isInteger(input.timeLimitDays) || input.timeLimitDays < 1 || input.timeLimitDays > MAX_TIME_LIMIT_DAYS) {
    throw new DomainError('INVALID_INPUT', `办理时限应在1到${MAX_TIME_LIMIT_DAYS}个工作日之间`, [
      { path: 'timeLimitDays', message: `1到${MAX_TIME_LIMIT_DAYS}个工作日` },
    ]);
  }
}

function editWords(before: Category, after: Category): string {
  const parts: string[] = [];
  if (before.name !== after.name) parts.push(`改名为“${after.name}”`);
  if (before.icon !== after.icon) parts.push('换了图标');
  if (before.timeLimitDays !== after.timeLimitDays) parts.push(`办理时限改为${after.timeLimitDays}个工作日`);
  if (JSON.stringify(questionsOf(before)) !== JSON.stringify(questionsOf(after))) parts.push('调整了补充问题');
  return parts.join('，') || '未作改动';
}

/**
 * A new category (placed last), or the next version of one: only the
 * county's administrator, the name free among active categories, the icon
 * from the list, questions checked. Requests already filed keep the name,
 * limit and answers they were filed with.
 */
export function saveCategory(
  admin: CategoryAdmin,
  scope: AdminScope,
  before: Category | null,
  input: CategoryInput & { expectedVersion?: number },
  known: { all: readonly Category[]; newId: string; now: Date },
): Category {
  requireRootAdmin(admin, scope);
  if (before && input.expectedVersion === undefined) throw new DomainError('INVALID_INPUT', '缺少版本号，请刷新后再改');
  if (before) requireVersion(before, input.expectedVersion as number);
  const name = input.name.trim();
  checkFields(input);
  if (before?.active !== false) checkNameFree(name, before?._id ?? null, known.all);
  const asked = checkQuestions(input.questions, before ? questionsOf(before) : [], before?.nextQuestionNo ?? 1);
  const fields = { name, icon: input.icon, timeLimitDays: input.timeLimitDays, ...asked, updatedAt: known.now };
  if (!before) {
    if (known.all.length >= MAX_CATEGORIES) throw new DomainError('INVALID_INPUT', `类别最多${MAX_CATEGORIES}个，请把不用的类别改成新的`);
    const order = Math.max(0, ...known.all.map((category) => category.order)) + 1;
    const history = [{ at: known.now, by: admin._id, what: `新建类别“${name}”` }];
    return { _id: known.newId, ...fields, order, active: true, version: 1, history };
  }
  const draft: Category = { ...before, ...fields, version: versionOf(before) + 1 };
  const edit = { at: known.now, by: admin._id, what: editWords(before, draft) };
  return { ...draft, history: [...(before.history ?? []), edit] };
}
