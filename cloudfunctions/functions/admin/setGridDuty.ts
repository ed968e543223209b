import { gridDutyChange } from '../../domain/admin/gridDutyChange';
import type { User } from '../../domain/people/User';
import { DomainError } from '../../domain/shared/DomainError';
import { COLLECTIONS } from '../../shared/collections';
import { defineAction } from '../../shared/defineAction';
import { findById } from '../../shared/findById';
import { activeCategories, findPlace } from './support/store';
import { recordPersonEdit } from './support/recordPersonEdit';

/** 网格员职责: the categories a person takes in a grid and whether they are its 第一责任人; routing reads them. Made on the person's version opened. */
export const setGridDuty = defineAction('admin', 'setGridDuty', {
  access: 'administrators',
  async run({ userId, gridId, duty, version }, { db, caller, now, editFingerprint }) {
    const [person, grid, categories] = await Promise.all([
      findById<User>(db, COLLECTIONS.users, userId),
      findPlace(db, gridId),
      activeCategories(db),
    ]);
    if (!person) throw new DomainError('NOT_FOUND', '没有找到这个人，请让他先在小程序里登记或用花名册导入');
    const changed = gridDutyChange(
      caller,
      person,
      grid,
      // A retired category a duty already names stays allowed on it (it keeps its ids); a new one must be active.
      [...categories.map((category) => category._id), ...(person.gridDuties.find((held) => held.gridId === gridId)?.categoryIds ?? [])],
      duty ?? null,
    );
    const fingerprint = editFingerprint();
    const done = await recordPersonEdit(db, caller, now, { action: 'setGridDuty', person, changed, version, fingerprint });
    return { logId: done.logId, roles: done.saved.roles, gridDuties: done.saved.gridDuties, version: version + 1 };
  },
});
