import type { JurisdictionNode } from '../../../domain/jurisdiction/JurisdictionNode';
import type { LedgerRange } from '../../../domain/ledger/ledgerRange';
import { requireVisitLedgerSize } from '../../../domain/ledger/requireLedgerSize';
import type { VisitSheetNames } from '../../../domain/ledger/visitSheet';
import type { Household } from '../../../domain/visits/Household';
import type { Visit } from '../../../domain/visits/Visit';
import type { Database } from '../../../shared/cloud';
import { COLLECTIONS, type CollectionName } from '../../../shared/collections';
import { readAllPages } from '../../../shared/readAllPages';
import { readDocs } from '../../../shared/readDocs';

/** Ids asked about per read, and reads under way at once. */
const IDS_PER_READ = 100;
const PARALLEL_READS = 10;

export interface VisitLedgerRecords {
  visits: Visit[];
  names: VisitSheetNames;
}

/** Only these fields of the documents with these ids, by id. */
async function fieldsByIds<T extends { _id: string }>(
  db: Database,
  collection: CollectionName,
  ids: Iterable<string>,
  fields: Record<string, true>,
): Promise<Map<string, T>> {
  const unique = [...new Set(ids)];
  const chunks: string[][] = [];
  for (let start = 0; start < unique.length; start += IDS_PER_READ) chunks.push(unique.slice(start, start + IDS_PER_READ));
  const found = new Map<string, T>();
  for (let start = 0; start < chunks.length; start += PARALLEL_READS) {
    const reads = chunks.slice(start, start + PARALLEL_READS).map((chunk) =>
      readDocs<T>(
        db
          .collection(collection)
          .where({ _id: db.command.in(chunk) })
          .field({ _id: true, ...fields })
          .limit(IDS_PER_READ),
      ),
    );
    for (const doc of (await Promise.all(reads)).flat()) found.set(doc._id, doc);
  }
  return found;
}

/**
 * The visits made in a place in a range, oldest first. A visit keeps a sort
 * key per level of its place chain (`placeId|ISO instant`, see
 * domain/visits/placeKeys.ts), so the place's visits of the range are one
 * range of that key's index: counted first (an export too large is refused
 * before reading it), then read in pages of what they return.
 */
export async function loadVisitRecords(db: Database, place: JurisdictionNode, range: LedgerRange): Promise<VisitLedgerRecords> {
  const _ = db.command;
  const field = `keys.${place.level}`;
  const inRange = { [field]: _.gte(`${place._id}|${range.start.toISOString()}`).and(_.lt(`${place._id}|${range.end.toISOString()}`)) };
  const counted = (await db.collection(COLLECTIONS.visits).where(inRange).count()) as { total: number };
  requireVisitLedgerSize(counted.total);
  const visits = await readAllPages<Visit>(db, COLLECTIONS.visits, inRange, { orderBy: field });
  // Of a household only its members (for the head's phone): its log can be long.
  const [households, places] = await Promise.all([
    fieldsByIds<Pick<Household, '_id' | 'members'>>(
      db,
      COLLECTIONS.households,
      visits.flatMap((visit) => visit.householdIds),
      { members: true },
    ),
    fieldsByIds<Pick<JurisdictionNode, '_id' | 'name'>>(
      db,
      COLLECTIONS.nodes,
      visits.flatMap((visit) => visit.placeIds.slice(1)),
      { name: true },
    ),
  ]);
  return {
    visits,
    names: {
      place: (id) => places.get(id)?.name ?? '',
      headPhone: (id) => households.get(id)?.members.find((member) => member.relation === 'head')?.phone ?? '',
    },
  };
}
