import type { JurisdictionNode } from '../../domain/jurisdiction/JurisdictionNode';
import { ITEM_SAVED_MEANWHILE, saveProxyItem } from '../../domain/proxy/saveProxyItem';
import { requireRootAdmin } from '../../domain/admin/requireAdminOver';
import { isCreatedBy } from '../../domain/shared/clientKeys';
import { DomainError } from '../../domain/shared/DomainError';
import { isOwnLastEdit, lastEditOn, unlessOwnResend } from '../../domain/shared/lastEdit';
import { NEW_NEEDS_KEY } from '../../contract/common';
import { defineAction } from '../../shared/defineAction';
import { COLLECTIONS } from '../../shared/collections';
import { findDepartment } from '../../shared/departmentStore';
import { findById } from '../../shared/findById';
import { keyedId } from '../../shared/keyedId';
import { addItemOnce, catalogueItems, findItem, replaceItem } from './support/store';
import { itemDto } from './support/toDto';

/**
 * The county administrator adds an item or saves its next version (retiring
 * it is `active: false`): every edit appended to its history, made on the
 * version the administrator saw and written on the version read (CONFLICT
 * when another saved meanwhile). Cases already open keep their snapshot.
 * A new item is made under the phone's key (its id derives from it): a
 * resend, or a racing one, is answered with the item the first made, never
 * a second; the key under other content is KEY_REUSED. An edit sent again
 * after its answer was lost is answered with the item as it made it.
 */
export const saveItem = defineAction('proxy', 'saveItem', {
  access: 'administrators',
  run: async ({ version, clientKey, ...input }, { db, caller, now, fingerprint, editFingerprint }) => {
    // The contract makes a new one carry a key; an edit keeps its own id.
    const key = !input.itemId && clientKey ? { clientKey, id: keyedId('pi', caller._id, clientKey) } : null;
    const [scope, before, department, siblings, earlier] = await Promise.all([
      caller.staffScopeId ? findById<JurisdictionNode>(db, COLLECTIONS.nodes, caller.staffScopeId) : Promise.resolve(null),
      input.itemId ? findItem(db, input.itemId) : Promise.resolve(null),
      input.departmentId ? findDepartment(db, input.departmentId) : Promise.resolve(null),
      catalogueItems(db),
      key ? findItem(db, key.id) : Promise.resolve(null),
    ]);
    // A resend is answered only to the county's administrator still: one who lost the scope is refused, not shown what was made.
    requireRootAdmin(caller, scope);
    if (key && earlier && isCreatedBy(earlier, key.clientKey, fingerprint())) return itemDto(earlier);
    if (input.itemId && !before) throw new DomainError('NOT_FOUND', '没有找到这个代办事项，请刷新后再改');
    const fields = {
      ...input,
      departmentId: input.departmentId ?? null,
      officeName: input.officeName ?? null,
      expectedVersion: version,
    };
    const plan = () => saveProxyItem(caller, scope, before, fields, { department, siblings, newId: key?.id ?? '', now });
    if (before && version !== undefined) {
      const edit = editFingerprint();
      const planned = unlessOwnResend(plan, before.version, before, version, edit);
      // A resend of the edit that made the item's version: it is done.
      if (!planned) return itemDto(before);
      const item = { ...planned, lastEdit: lastEditOn(version, edit) };
      if (await replaceItem(db, before, item)) return itemDto(item);
      // The same edit, sent twice at once: the other send made it.
      const fresh = await findItem(db, before._id);
      if (fresh && isOwnLastEdit(fresh.version, fresh, version, edit)) return itemDto(fresh);
      throw new DomainError('CONFLICT', ITEM_SAVED_MEANWHILE);
    }
    const item = plan();
    if (!before && key) {
      const made = { ...item, clientKey: key.clientKey, opFingerprint: fingerprint() };
      const kept = (await addItemOnce(db, made)) ? made : await findItem(db, key.id);
      if (!kept) throw new DomainError('CONFLICT');
      isCreatedBy(kept, key.clientKey, fingerprint());
      return itemDto(kept);
    }
    if (!before) throw new DomainError('INVALID_INPUT', undefined, [{ path: 'clientKey', message: NEW_NEEDS_KEY }]);
    if (!(await replaceItem(db, before, item))) throw new DomainError('CONFLICT', ITEM_SAVED_MEANWHILE);
    return itemDto(item);
  },
});
