import type { RaterType, StarScores } from '../../../contract/posts';
import type { RaterGroup } from '../../../domain/posts/stars';
import type { Database } from '../../../shared/cloud';
import { COLLECTIONS } from '../../../shared/collections';
import { aggregateAll } from '../../../shared/aggregateAll';

/** Each member's star scores of a year, summed per party of raters (one aggregate). */
export async function loadStarGroups(db: Database, memberIds: string[], year: number): Promise<Map<string, RaterGroup[]>> {
  const groups = new Map<string, RaterGroup[]>(memberIds.map((id) => [id, []]));
  if (memberIds.length === 0) return groups;
  const _ = db.command;
  const $ = _.aggregate;
  const rows = await aggregateAll<{ _id: { memberId: string; raterType: RaterType }; count: number } & StarScores>(() =>
    db
      .collection(COLLECTIONS.starScores)
      .aggregate()
      .match({ memberId: _.in(memberIds), year })
      .group({
        _id: { memberId: '$memberId', raterType: '$raterType' },
        count: $.sum(1),
        study: $.sum('$scores.study'),
        performance: $.sum('$scores.performance'),
        service: $.sum('$scores.service'),
        discipline: $.sum('$scores.discipline'),
        integrity: $.sum('$scores.integrity'),
      }),
  );
  for (const row of rows) {
    groups.get(row._id.memberId)?.push({
      raterType: row._id.raterType,
      count: row.count,
      sums: {
        study: row.study,
        performance: row.performance,
        service: row.service,
        discipline: row.discipline,
        integrity: row.integrity,
      },
    });
  }
  return groups;
}
