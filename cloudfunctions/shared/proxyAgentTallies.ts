import type { AgentGridTally, FigureSpan } from '../domain/proxy/figures';
import { PROXY_STAGES } from '../domain/proxy/vocabulary';
import { aggregateAll } from './aggregateAll';
import type { Database } from './cloud';
import { COLLECTIONS } from './collections';

/** A group as the database answers it: the tally, and when and with which case it was first met. */
interface TallyRow extends Omit<AgentGridTally, 'agentId' | 'gridId'> {
  _id: { agentId: string; gridId: string };
  firstAt: Date;
  firstId: string;
}

/**
 * The counts of `domain/proxy/figures.ts` as database expressions, for the
 * cases a `$group` takes: received (opened in the span), handed back in
 * it, on time (every stage done by its deadline), rated, and the stars.
 * No comparison has null on one side: MongoDB orders null below every date
 * where the local cloud's engine answers false, so each is asked only of
 * values that are there (`$.neq` null first, `$ifNull` for the stars).
 */
function countsOf(db: Database, span: FigureSpan) {
  const $ = db.command.aggregate;
  const inSpan = (field: string) => $.and([$.gte([field, span.from]), $.lt([field, span.to])]);
  const handed = $.and([$.eq(['$stage', 'done']), inSpan('$returnedAt')]);
  const stageOnTime = (stage: string) => {
    const [doneAt, deadline] = [`$stages.${stage}.doneAt`, `$stages.${stage}.deadline`];
    return $.and([$.neq([doneAt, null]), $.neq([deadline, null]), $.lte([doneAt, deadline])]);
  };
  const rated = $.and([handed, $.gt([$.ifNull(['$rating.stars', 0]), 0])]);
  const count = (condition: unknown) => $.sum($.cond([condition, 1, 0]));
  return {
    agentName: $.first('$agentName'),
    firstAt: $.first('$createdAt'),
    firstId: $.first('$_id'),
    cases: $.sum(1),
    received: count(inSpan('$createdAt')),
    handled: count(handed),
    onTime: count($.and([handed, ...PROXY_STAGES.map(stageOnTime)])),
    ratings: count(rated),
    starSum: $.sum($.cond([rated, '$rating.stars', 0])),
  };
}

/**
 * A place's 代办件 of a span counted per agent and grid by the database:
 * no case leaves it, only a row per agent and grid. Two grouped reads
 * through the place indexes (`placeIds` + `createdAt`, `placeIds` +
 * `returnedAt`): the cases opened in the span, and those handed back in it
 * that were opened before; each case sorted oldest first inside its group,
 * and the rows in the order their first case was met, as
 * `figuresOfTallies` takes them.
 */
export async function agentTalliesOf(db: Database, placeId: string, span: FigureSpan): Promise<AgentGridTally[]> {
  const _ = db.command;
  const grouped = (match: Record<string, unknown>) =>
    aggregateAll<TallyRow>(() =>
      db
        .collection(COLLECTIONS.proxyCases)
        .aggregate()
        .match({ placeIds: placeId, ...match })
        .sort({ createdAt: 1, _id: 1 })
        .group({ _id: { agentId: '$agentId', gridId: '$gridId' }, ...countsOf(db, span) }),
    );
  const [opened, earlier] = await Promise.all([
    grouped({ createdAt: _.gte(span.from).and(_.lt(span.to)) }),
    grouped({ returnedAt: _.gte(span.from).and(_.lt(span.to)), createdAt: _.lt(span.from) }),
  ]);
  return [...earlier, ...opened]
    .sort((a, b) => a.firstAt.getTime() - b.firstAt.getTime() || (a.firstId < b.firstId ? -1 : a.firstId > b.firstId ? 1 : 0))
    .map(({ _id, firstAt: _firstAt, firstId: _firstId, ...counts }) => ({ ...counts, agentId: _id.agentId, gridId: _id.gridId }));
}
