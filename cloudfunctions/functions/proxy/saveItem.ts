import { randomUUID } from 'node:crypto';
import type { JurisdictionNode } from '../../domain/jurisdiction/JurisdictionNode';
import { saveProxyItem } from '../../domain/proxy/saveProxyItem';
import { DomainError } from '../../domain/shared/DomainError';
import { defineAction } from '../../shared/defineAction';
import { COLLECTIONS } from '../../shared/collections';
import { findDepartment } from '../../shared/departmentStore';
import { findById } from '../../shared/findById';
import { addItem, catalogueItems, findItem, replaceItem } from './support/store';
import { itemDto } from './support/toDto';

/**
 * The county administrator adds an item or saves its next version (retiring
 * it is `active: false`): every edit appended to its history, made on the
 * version the administrator saw and written on the version read (CONFLICT
 * when another saved meanwhile). Cases already open keep their snapshot.
 */
export const saveItem = defineAction('proxy', 'saveItem', {
  access: 'administrators',
  run: async ({ version, ...input }, { db, caller, now }) => {
    const [scope, before, department, siblings] = await Promise.all([
      caller.staffScopeId ? findById<JurisdictionNode>(db, COLLECTIONS.nodes, caller.staffScopeId) : Promise.resolve(null),
      input.itemId ? findItem(db, input.itemId) : Promise.resolve(null),
      input.departmentId ? findDepartment(db, input.departmentId) : Promise.resolve(null),
      catalogueItems(db),
    ]);
    if (input.itemId && !before) throw new DomainError('NOT_FOUND', '没有找到这个代办事项，请刷新后再改');
    const fields = {
      ...input,
      departmentId: input.departmentId ?? null,
      officeName: input.officeName ?? null,
      expectedVersion: version,
    };
    const item = saveProxyItem(caller, scope, before, fields, {
      department,
      siblings,
      newId: `pi${randomUUID().replace(/-/g, '').slice(0, 24)}`,
      now,
    });
    if (!before) await addItem(db, item);
    else if (!(await replaceItem(db, before, item)))
      throw new DomainError('CONFLICT', '另一位管理员刚刚保存过这个代办事项，请看过最新内容再改');
    return itemDto(item);
  },
});
