import type { LedgerProxyCase } from '../domain/ledger/proxyCaseSheet';
import type { FigureCase, FigureSpan } from '../domain/proxy/figures';
import type { Database } from './cloud';
import { COLLECTIONS } from './collections';
import { countOf } from './dbResults';
import { readAllPages } from './readAllPages';

/**
 * The 代办件 of a period, read by the proxy function (代办统计) and the
 * ledger (台账; the 工作台 has them counted by the database:
 * `proxyAgentTallies.ts`): the cases of a place's subtree, or
 * of one agent, opened in the span and those handed back in it, each read in
 * pages through its index (`placeIds`/`agentId` + `createdAt`/`returnedAt`),
 * so a county reads its period's cases and nothing older.
 */
export type ProxyCasesOf = { placeId: string } | { agentId: string };

/** What the figures read of a case (`domain/proxy/figures.ts`). */
const FIGURE_FIELDS = {
  agentId: true,
  agentName: true,
  gridId: true,
  stage: true,
  stages: true,
  rating: true,
  createdAt: true,
  returnedAt: true,
} as const satisfies Record<keyof FigureCase, true>;

async function casesOfSpan<T extends { _id: string; createdAt: Date }>(
  db: Database,
  whose: ProxyCasesOf,
  span: FigureSpan,
  fields: Record<string, true>,
): Promise<T[]> {
  const _ = db.command;
  const owner = 'placeId' in whose ? { placeIds: whose.placeId } : { agentId: whose.agentId };
  const inSpan = () => _.gte(span.from).and(_.lt(span.to));
  const [opened, returned] = await Promise.all(
    (['createdAt', 'returnedAt'] as const).map((field) =>
      readAllPages<T>(db, COLLECTIONS.proxyCases, { ...owner, [field]: inSpan() }, { orderBy: field, fields }),
    ),
  );
  const unique = new Map([...opened, ...returned].map((doc) => [doc._id, doc]));
  return [...unique.values()].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a._id < b._id ? -1 : 1));
}

/** How many cases of a place were opened in a span and how many handed back in it (an export too large is refused before reading). */
export async function countCasesOf(db: Database, placeId: string, span: FigureSpan): Promise<number> {
  const _ = db.command;
  const counts = await Promise.all(
    (['createdAt', 'returnedAt'] as const).map((field) =>
      countOf(db.collection(COLLECTIONS.proxyCases).where({ placeIds: placeId, [field]: _.gte(span.from).and(_.lt(span.to)) })),
    ),
  );
  return counts[0] + counts[1];
}

/** The cases the agents' figures count for a span: opened or handed back in it. */
export function figureCasesOf(db: Database, whose: ProxyCasesOf, span: FigureSpan): Promise<Array<FigureCase & { _id: string }>> {
  return casesOfSpan(db, whose, span, FIGURE_FIELDS);
}

/** The ledger's fields of a case: everything but its timeline (the sheet says where each stage stands). */
const LEDGER_FIELDS: Record<keyof LedgerProxyCase, true> = {
  _id: true,
  code: true,
  clientKey: true,
  item: true,
  agentId: true,
  agentName: true,
  gridId: true,
  placeIds: true,
  resident: true,
  residentPhone: true,
  residentId: true,
  stage: true,
  open: true,
  stages: true,
  deadline: true,
  materialsChecked: true,
  photos: true,
  office: true,
  sentOn: true,
  result: true,
  returned: true,
  rating: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  returnedAt: true,
  agentUnreached: true,
  reassignedAt: true,
};

/** The cases of a place opened or handed back in a span, oldest first, without their timelines. */
export function ledgerCasesOf(db: Database, placeId: string, span: FigureSpan): Promise<LedgerProxyCase[]> {
  return casesOfSpan<LedgerProxyCase>(db, { placeId }, span, LEDGER_FIELDS);
}
