import type { JurisdictionNode } from '../../../domain/jurisdiction/JurisdictionNode';
import type { LedgerRange } from '../../../domain/ledger/ledgerRange';
import type { LedgerProxyCase } from '../../../domain/ledger/proxyCaseSheet';
import { requireProxyLedgerSize } from '../../../domain/ledger/requireLedgerSize';
import type { Database } from '../../../shared/cloud';
import { COLLECTIONS } from '../../../shared/collections';
import { loadByIds } from '../../../shared/loadByIds';
import { countCasesOf, ledgerCasesOf } from '../../../shared/proxyCaseReads';

export interface ProxyLedgerRecords {
  cases: LedgerProxyCase[];
  /** A village's or grid's name by id. */
  place(id: string): string;
}

/**
 * The 代办件 of a place opened or handed back in the range, counted first
 * (an export too large is refused before reading it), then read in pages
 * through their place indexes; the names of their villages and grids.
 */
export async function loadProxyRecords(db: Database, place: JurisdictionNode, range: LedgerRange): Promise<ProxyLedgerRecords> {
  const span = { from: range.start, to: range.end };
  requireProxyLedgerSize(await countCasesOf(db, place._id, span));
  const cases = await ledgerCasesOf(db, place._id, span);
  const places = await loadByIds<JurisdictionNode>(
    db,
    COLLECTIONS.nodes,
    cases.flatMap((c) => [c.gridId, ...c.placeIds.slice(2, 3)]),
  );
  return { cases, place: (id) => places.get(id)?.name ?? '' };
}
