import { ledgerPlaces as placesInOrder } from '../../domain/ledger/ledgerPlaces';
import { requireLedgerScope } from '../../domain/ledger/requireLedgerScope';
import { defineAction } from '../../shared/defineAction';
import { toPlaceDto } from '../../shared/loadPlaceChain';
import { readSubtree } from '../../shared/readSubtree';

/** The caller's jurisdiction and the places under it, to choose which ledger to export. */
export const ledgerPlaces = defineAction('ledger', 'ledgerPlaces', {
  access: 'staff',
  async run(_input, { db, caller }) {
    const scopeId = caller.staffScopeId ?? '';
    const nodes = await readSubtree(db, scopeId);
    const scope = nodes.find((node) => node._id === scopeId) ?? null;
    requireLedgerScope(caller, scope);
    return { places: placesInOrder(scope!, nodes).map(({ node, depth }) => ({ ...toPlaceDto(node), depth })) };
  },
});
