import type { JurisdictionNode } from '../../domain/jurisdiction/JurisdictionNode';
import type { LedgerRange } from '../../domain/ledger/ledgerRange';
import { requireVisitLedgerSize } from '../../domain/ledger/requireLedgerSize';
import type { VisitSheetNames } from '../../domain/ledger/visitSheet';
import type { Household } from '../../domain/visits/Household';
import type { Visit } from '../../domain/visits/Visit';
import type { Database } from '../../shared/cloud';
import { COLLECTIONS } from '../../shared/collections';
import { readAllPages } from '../../shared/readAllPages';
import { readDocs } from '../../shared/readDocs';
import { loadByIds } from '../posts/support/loaders';

/** Household ids asked about per read. */
const IDS_PER_READ = 100;

export interface VisitLedgerRecords {
  visits: Visit[];
  names: VisitSheetNames;
}

/** The households' members (for the head's phone), nothing else of them: a household's log can be long. */
async function membersOf(db: Database, ids: string[]): Promise<Map<string, Household['members']>> {
  const reads: Array<Promise<Array<Pick<Household, '_id' | 'members'>>>> = [];
  for (let start = 0; start < ids.length; start += IDS_PER_READ) {
    const chunk = ids.slice(start, start + IDS_PER_READ);
    reads.push(readDocs(db.collection(COLLECTIONS.households).where({ _id: db.command.in(chunk) }).field({ _id: true, members: true }).limit(IDS_PER_READ)));
  }
  return new Map((await Promise.all(reads)).flat().map((household) => [household._id, household.members]));
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
  const householdIds = [...new Set(visits.flatMap((visit) => visit.householdIds))];
  const [members, places] = await Promise.all([
    membersOf(db, householdIds),
    loadByIds<JurisdictionNode>(db, COLLECTIONS.nodes, visits.flatMap((visit) => visit.placeIds.slice(1))),
  ]);
  return {
    visits,
    names: {
      place: (id) => places.get(id)?.name ?? '',
      headPhone: (id) => members.get(id)?.find((member) => member.relation === 'head')?.phone ?? '',
    },
  };
}
