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
 * What each case counts for, as database expressions (1 or 0, and its
 * stars when rated): received (opened in the span), handed back in it, on
 * time (every stage done by its deadline), rated. Worked out once per case
 * before the cases are sorted and grouped, so the sort moves small rows.
 * Expressions compare across types (a missing value below null, null below
 * every number and date, and a missing value unequal to null), so a stage
 * counts only with a date in both fields (`$.gt(…, null)`, false for null
 * and missing alike), and the stars go through `$ifNull`.
 */
function countsOfCase(db: Database, span: FigureSpan) {
  const $ = db.command.aggregate;
  const inSpan = (field: string) => $.and([$.gte([field, span.from]), $.lt([field, span.to])]);
  const handed = $.and([$.eq(['$stage', 'done']), inSpan('$returnedAt')]);
  const stageOnTime = (stage: string) => {
    const [doneAt, deadline] = [`$stages.${stage}.doneAt`, `$stages.${stage}.deadline`];
    return $.and([$.gt([doneAt, null]), $.gt([deadline, null]), $.lte([doneAt, deadline])]);
  };
  const rated = $.and([handed, $.gt([$.ifNull(['$rating.stars', 0]), 0])]);
  const flag = (condition: unknown) => $.cond([condition, 1, 0]);
  return {
    agentId: 1,
    agentName: 1,
    gridId: 1,
    createdAt: 1,
    received: flag(inSpan('$createdAt')),
    handled: flag(handed),
    onTime: flag($.and([handed, ...PROXY_STAGES.map(stageOnTime)])),
    ratings: flag(rated),
    stars: $.cond([rated, '$rating.stars', 0]),
  };
}

/** The cases of an agent in a grid added up; the name, instant and id of the first (they come oldest first). */
function tallyOfGroup(db: Database) {
  const $ = db.command.aggregate;
  return {
    _id: { agentId: '$agentId', gridId: '$gridId' },
    agentName: $.first('$agentName'),
    firstAt: $.first('$createdAt'),
    firstId: $.first('$_id'),
    cases: $.sum(1),
    received: $.sum('$received'),
    handled: $.sum('$handled'),
    onTime: $.sum('$onTime'),
    ratings: $.sum('$ratings'),
    starSum: $.sum('$stars'),
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
        .project(countsOfCase(db, span))
        .sort({ createdAt: 1, _id: 1 })
        .group(tallyOfGroup(db)),
    );
  const [opened, earlier] = await Promise.all([
    grouped({ createdAt: _.gte(span.from).and(_.lt(span.to)) }),
    grouped({ returnedAt: _.gte(span.from).and(_.lt(span.to)), createdAt: _.lt(span.from) }),
  ]);
  return [...earlier, ...opened]
    .sort((a, b) => a.firstAt.getTime() - b.firstAt.getTime() || (a.firstId < b.firstId ? -1 : a.firstId > b.firstId ? 1 : 0))
    .map(({ _id, firstAt: _firstAt, firstId: _firstId, ...counts }) => ({ ...counts, agentId: _id.agentId, gridId: _id.gridId }));
}
