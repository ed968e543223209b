import { requireRootAdmin } from '../admin/requireAdminOver';
import type { Department } from '../departments/Department';
import type { JurisdictionNode } from '../jurisdiction/JurisdictionNode';
import type { User } from '../people/User';
import { DomainError } from '../shared/DomainError';
import type { ProxyItem, ProxyOffice, StageDays } from './ProxyItem';
import { PROXY_STAGES } from './vocabulary';

export interface ProxyItemInput {
  name: string;
  materials: string[];
  /** A department that decides; or null with `officeName` in words. */
  departmentId: string | null;
  officeName: string | null;
  stageDays: StageDays;
  guide: string;
  active: boolean;
  order: number;
}

/** An edit names the version it was made on; a new item names none. */
export type ProxyItemSave = ProxyItemInput & { expectedVersion?: number };

export interface ProxyItemKnown {
  /** The department named by `departmentId`, as read (null when none was named or none exists). */
  department: Pick<Department, '_id' | 'name' | 'active'> | null;
  siblings: readonly Pick<ProxyItem, '_id' | 'name'>[];
  newId: string;
  now: Date;
}

/** Told when another administrator saved the item since this one's screen showed it. */
export const ITEM_SAVED_MEANWHILE = '另一位管理员刚刚保存过这个代办事项，请看过最新内容再改';

/** The version the administrator edited must still be the stored one, or another administrator's save would be overwritten. */
function requireVersion(before: ProxyItem | null, expected: number | undefined): void {
  if (!before) return;
  if (expected === undefined) throw new DomainError('INVALID_INPUT', '缺少版本号，请刷新后再改');
  if (before.version !== expected) throw new DomainError('CONFLICT', ITEM_SAVED_MEANWHILE);
}

function officeOf(input: ProxyItemInput, department: ProxyItemKnown['department']): ProxyOffice {
  if (input.departmentId !== null) {
    if (!department || department._id !== input.departmentId || !department.active) {
      throw new DomainError('INVALID_INPUT', '所选部门不存在或已停用，请重新选择', [
        { path: 'departmentId', message: '部门不存在或已停用' },
      ]);
    }
    return { departmentId: department._id, name: department.name };
  }
  if (!input.officeName) {
    throw new DomainError('INVALID_INPUT', '请选择办理部门，或写明到哪里办理', [{ path: 'officeName', message: '请写明办理部门' }]);
  }
  return { departmentId: null, name: input.officeName };
}

function checkMaterials(materials: string[]): string[] {
  const unique = [...new Set(materials)];
  if (unique.length !== materials.length) {
    throw new DomainError('INVALID_INPUT', '材料清单里有重复的项目', [{ path: 'materials', message: '有重复的材料' }]);
  }
  return unique;
}

function checkNameFree(name: string, self: string | null, siblings: ProxyItemKnown['siblings']): void {
  if (siblings.some((item) => item._id !== self && item.name === name)) {
    throw new DomainError('INVALID_INPUT', '已有同名的代办事项（停用的可以恢复启用）', [
      { path: 'name', message: '已有同名事项，请换个名字' },
    ]);
  }
}

function editWords(before: ProxyItem, after: Omit<ProxyItem, 'history'>): string {
  const parts: string[] = [];
  if (before.name !== after.name) parts.push(`改名为“${after.name}”`);
  if (before.materials.join('\n') !== after.materials.join('\n')) parts.push('调整了材料清单');
  if (before.office.name !== after.office.name) parts.push(`办理部门改为${after.office.name}`);
  if (PROXY_STAGES.some((stage) => before.stageDays[stage] !== after.stageDays[stage])) parts.push('调整了办理时限');
  if (before.guide !== after.guide) parts.push('修改了办事指南');
  if (before.order !== after.order) parts.push('调整了排序');
  if (before.active !== after.active) parts.push(after.active ? '恢复启用' : '停用');
  return parts.join('，') || '未作改动';
}

/**
 * A new item of the catalogue, or its next version: for the administrator of
 * the whole deployment (the catalogue, like the categories, is the county's).
 * An edit is made on the version the administrator saw (CONFLICT when another
 * saved meanwhile). Each edit is kept; open cases keep the version they were opened with.
 */
export function saveProxyItem(
  admin: Pick<User, '_id' | 'roles'>,
  adminScope: Pick<JurisdictionNode, 'parentId'> | null,
  before: ProxyItem | null,
  input: ProxyItemSave,
  known: ProxyItemKnown,
): ProxyItem {
  requireRootAdmin(admin, adminScope);
  requireVersion(before, input.expectedVersion);
  const office = officeOf(input, known.department);
  const materials = checkMaterials(input.materials);
  checkNameFree(input.name, before?._id ?? null, known.siblings);
  const fields = {
    name: input.name,
    materials,
    office,
    stageDays: { ...input.stageDays },
    guide: input.guide,
    active: input.active,
    order: input.order,
    updatedAt: known.now,
  };
  if (before) {
    const next = { ...before, ...fields, version: before.version + 1 };
    return { ...next, history: [...before.history, { at: known.now, by: admin._id, what: editWords(before, next) }] };
  }
  return {
    _id: known.newId,
    ...fields,
    version: 1,
    createdAt: known.now,
    history: [{ at: known.now, by: admin._id, what: `新建代办事项“${input.name}”` }],
  };
}
