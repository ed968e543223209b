import { requireAdminOver } from '../admin/requireAdminOver';
import type { JurisdictionNode } from '../jurisdiction/JurisdictionNode';
import type { User } from '../people/User';
import { DomainError } from '../shared/DomainError';
import type { Department } from './Department';
import type { DepartmentLevel } from './vocabulary';

export interface DepartmentInput {
  name: string;
  categoryIds: string[];
  active: boolean;
  /** For an edit: the version the editor was opened at (departmentVersion); a later save by anyone else is a CONFLICT. */
  version?: number;
}

/** A department's version, one more with every save (the list reads it; the history it leaves out). */
export function departmentVersion(department: Pick<Department, 'version'>): number {
  return department.version ?? 0;
}

/** The place a department serves: a county or a township node. */
export type DepartmentPlace = Pick<JurisdictionNode, '_id' | 'level' | 'name' | 'ancestorIds'>;

function levelOf(place: DepartmentPlace): DepartmentLevel {
  if (place.level === 'county' || place.level === 'township') return place.level;
  throw new DomainError('INVALID_INPUT', '部门只能设在县或乡镇', [{ path: 'placeId', message: '请选择县或乡镇' }]);
}

function checkCategories(categoryIds: string[], known: ReadonlySet<string>): void {
  const unknown = categoryIds.find((id) => !known.has(id));
  if (unknown !== undefined) {
    throw new DomainError('INVALID_INPUT', '所选类别不存在，请刷新后重选', [{ path: 'categoryIds', message: '类别不存在' }]);
  }
}

/** Two departments of one place with one name would be told apart by nobody (a retired one is restored, not made again). */
function checkNameFree(name: string, self: string | null, siblings: readonly Pick<Department, '_id' | 'name'>[]): void {
  if (siblings.some((department) => department._id !== self && department.name === name)) {
    throw new DomainError('INVALID_INPUT', '这里已有同名的部门（停用的可以恢复启用）', [
      { path: 'name', message: '已有同名部门，请换个名字' },
    ]);
  }
}

function editWords(before: Department, input: DepartmentInput): string {
  const parts: string[] = [];
  if (before.name !== input.name) parts.push(`改名为“${input.name}”`);
  if (before.categoryIds.join() !== input.categoryIds.join()) parts.push('调整了承办类别');
  if (before.active !== input.active) parts.push(input.active ? '恢复启用' : '停用');
  return parts.join('，') || '未作改动';
}

/**
 * A new department, or the next version of one: an administrator over its
 * place, the place a county or township, the categories known.
 * The place never changes (requests it held name it); each edit is kept.
 */
export function saveDepartment(
  admin: Pick<User, '_id' | 'roles' | 'staffScopeId'>,
  place: DepartmentPlace,
  before: Department | null,
  input: DepartmentInput,
  known: { categoryIds: ReadonlySet<string>; siblings: readonly Pick<Department, '_id' | 'name'>[]; newId: string; now: Date },
): Department {
  requireAdminOver(admin, place);
  if (before && input.version !== departmentVersion(before)) {
    throw new DomainError('CONFLICT', '这个部门刚被别的管理员改过，页面已显示最新内容；请看一看，需要的话再改一次');
  }
  const level = levelOf(place);
  checkCategories(input.categoryIds, known.categoryIds);
  checkNameFree(input.name, before?._id ?? null, known.siblings);
  const categoryIds = [...new Set(input.categoryIds)];
  const fields = { name: input.name, categoryIds, active: input.active, updatedAt: known.now };
  const words = { name: input.name, categoryIds, active: input.active };
  if (before) {
    if (before.placeId !== place._id) throw new DomainError('INVALID_INPUT', '部门所在的县或乡镇不能更改');
    const edit = { at: known.now, by: admin._id, what: editWords(before, words) };
    return { ...before, ...fields, history: [...before.history, edit], version: departmentVersion(before) + 1 };
  }
  return {
    _id: known.newId,
    ...fields,
    level,
    placeId: place._id,
    placeName: place.name,
    createdAt: known.now,
    version: 0,
    history: [{ at: known.now, by: admin._id, what: `新建${place.name}${input.name}` }],
  };
}
