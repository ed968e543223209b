import type { JurisdictionNode } from '../../domain/jurisdiction/JurisdictionNode';
import { ledgerPlaces as placesInOrder } from '../../domain/ledger/ledgerPlaces';
import { requireLedgerScope } from '../../domain/ledger/requireLedgerScope';
import { COLLECTIONS } from '../../shared/collections';
import { defineAction } from '../../shared/defineAction';
import { toPlaceDto } from '../../shared/loadPlaceChain';
import { readAllPages } from '../../shared/readAllPages';

/** The caller's jurisdiction and the places under it, to choose which ledger to export. */
export const ledgerPlaces = defineAction('ledger', 'ledgerPlaces', {
  access: ['staff'],
  async run(_input, { db, caller }) {
    const scopeId = caller.staffScopeId ?? '';
    const _ = db.command;
    // Every level named, so the index {ancestorIds, level, _id} gives the pages in order.
    const below = { ancestorIds: scopeId, level: _.in(['township', 'village', 'grid']) };
    const nodes = await readAllPages<JurisdictionNode>(db, COLLECTIONS.nodes, _.or([{ _id: scopeId }, below]));
    const scope = nodes.find((node) => node._id === scopeId) ?? null;
    requireLedgerScope(caller, scope);
    return { places: placesInOrder(scope!, nodes).map(({ node, depth }) => ({ ...toPlaceDto(node), depth })) };
  },
});
