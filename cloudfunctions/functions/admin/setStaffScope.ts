import { requireAdminOver } from '../../domain/admin/requireAdminOver';
import { staffScopeChange } from '../../domain/admin/staffScopeChange';
import type { User } from '../../domain/people/User';
import { DomainError } from '../../domain/shared/DomainError';
import { COLLECTIONS } from '../../shared/collections';
import { defineAction } from '../../shared/defineAction';
import { findById } from '../../shared/findById';
import { toPlaceDto } from '../../shared/loadPlaceChain';
import { findPlace } from './support/store';
import { recordPersonEdit } from './support/recordPersonEdit';

/** Staff and their scopes (工作人员及管理范围), within the administrator's jurisdiction, on the person's version opened. */
export const setStaffScope = defineAction('admin', 'setStaffScope', {
  access: 'administrators',
  async run({ userId, scopeId, version }, { db, caller, now, editFingerprint }) {
    requireAdminOver(caller, await findPlace(db, caller.staffScopeId));
    const person = await findById<User>(db, COLLECTIONS.users, userId);
    if (!person) throw new DomainError('NOT_FOUND', '没有找到这个人，请让他先在小程序里登记');
    const [current, scope] = await Promise.all([findPlace(db, person.staffScopeId), findPlace(db, scopeId ?? null)]);
    if (scopeId && !scope) throw new DomainError('OUT_OF_JURISDICTION');
    const changed = staffScopeChange(caller, person, current, scope);
    const fingerprint = editFingerprint();
    const done = await recordPersonEdit(db, caller, now, { action: 'setStaffScope', person, changed, version, fingerprint });
    return { logId: done.logId, roles: done.saved.roles, scope: scope ? toPlaceDto(scope) : null, version: version + 1 };
  },
});
