import { childPlace } from '../../domain/admin/childPlace';
import { requireAdminOver } from '../../domain/admin/requireAdminOver';
import type { JurisdictionNode } from '../../domain/jurisdiction/JurisdictionNode';
import { COLLECTIONS } from '../../shared/collections';
import { defineAction } from '../../shared/defineAction';
import { keyedId } from '../../shared/keyedId';
import { toPlaceDto } from '../../shared/loadPlaceChain';
import { childrenOf, findPlace } from './support/store';
import { keyedLogId, madeUnderKey, recordKeyedCreate } from './support/recordChange';

/**
 * Adds a township, village or grid under a place of the administrator's
 * jurisdiction, under the phone's key (the place's id and log entry derive
 * from it): a resend is answered with the place it added, never a second one.
 */
export const addPlace = defineAction('admin', 'addPlace', {
  access: 'administrators',
  async run({ parentId, name, clientKey }, { db, caller, now, fingerprint }) {
    const parent = await findPlace(db, parentId);
    requireAdminOver(caller, parent);
    const key = { logId: keyedLogId(caller, clientKey), fingerprint: fingerprint() };
    const made = await madeUnderKey<JurisdictionNode>(db, key);
    if (made) return { logId: key.logId, place: toPlaceDto(made) };
    const place = childPlace(parent!, await childrenOf(db, parent!._id), name, keyedId('n-', caller._id, clientKey));
    const created = await recordKeyedCreate(db, caller, now, { action: 'addPlace', collection: COLLECTIONS.nodes, after: place }, key);
    return { logId: created.logId, place: toPlaceDto(created.after) };
  },
});
