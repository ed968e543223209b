import { requireFreeName } from '../../domain/admin/childPlace';
import { requireAdminOver } from '../../domain/admin/requireAdminOver';
import { COLLECTIONS } from '../../shared/collections';
import { defineAction } from '../../shared/defineAction';
import { toPlaceDto } from '../../shared/loadPlaceChain';
import { childrenOf, findPlace } from './support/store';
import { recordChange } from './support/recordChange';

/**
 * Renames a place. Requests and bookings keep the name they were filed
 * under (their ledgers say what was true then); new ones use the new name.
 */
export const renamePlace = defineAction('admin', 'renamePlace', {
  access: 'administrators',
  async run({ placeId, name }, { db, caller, now }) {
    const place = await findPlace(db, placeId);
    requireAdminOver(caller, place);
    requireFreeName(await childrenOf(db, place!.parentId), name, place!._id);
    const after = { ...place!, name };
    const logId = await recordChange(db, caller, now, { action: 'renamePlace', collection: COLLECTIONS.nodes, before: place, after });
    return { logId, place: toPlaceDto(after) };
  },
});
