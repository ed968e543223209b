import type { JurisdictionNode } from '../domain/jurisdiction/JurisdictionNode';
import type { Database } from './cloud';
import { COLLECTIONS } from './collections';
import { readAllPages } from './readAllPages';

/**
 * A place and every place under it, read in pages (a county holds
 * thousands: none is cut off). Every level is named so that the index
 * {ancestorIds, level, _id} gives the pages in order.
 */
export function readSubtree(db: Database, scopeId: string): Promise<JurisdictionNode[]> {
  const _ = db.command;
  const below = { ancestorIds: scopeId, level: _.in(['township', 'village', 'grid']) };
  return readAllPages<JurisdictionNode>(db, COLLECTIONS.nodes, _.or([{ _id: scopeId }, below]));
}
