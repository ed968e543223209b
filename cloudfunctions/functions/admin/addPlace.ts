import { randomBytes } from 'node:crypto';
import { childPlace } from '../../domain/admin/childPlace';
import { requireAdminOver } from '../../domain/admin/requireAdminOver';
import { COLLECTIONS } from '../../shared/collections';
import { defineAction } from '../../shared/defineAction';
import { toPlaceDto } from '../../shared/loadPlaceChain';
import { childrenOf, findPlace } from './support/store';
import { recordChange } from './support/recordChange';

/** Adds a township, village or grid under a place of the administrator's jurisdiction. */
export const addPlace = defineAction('admin', 'addPlace', {
  access: 'administrators',
  async run({ parentId, name }, { db, caller, now }) {
    const parent = await findPlace(db, parentId);
    requireAdminOver(caller, parent);
    const place = childPlace(parent!, await childrenOf(db, parent!._id), name, `n-${randomBytes(6).toString('hex')}`);
    const logId = await recordChange(db, caller, now, { action: 'addPlace', collection: COLLECTIONS.nodes, before: null, after: place });
    return { logId, place: toPlaceDto(place) };
  },
});
