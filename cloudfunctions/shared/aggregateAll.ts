import { aggregateList } from './dbResults';

/** The server's largest page (the local cloud refuses more per aggregation). */
const PAGE = 1000;

/** The SDK's aggregate builder, as far as paging needs it. */
interface Pipeline {
  sort(spec: Record<string, 1 | -1>): Pipeline;
  skip(n: number): Pipeline;
  limit(n: number): Pipeline;
  end(): unknown;
}

/**
 * Every result of an aggregation (typically one row per `$group` key),
 * however many: without a `$limit` WeChat returns 20 and with one never
 * more than asked, so results are read in pages of 1,000 ordered by `_id`.
 * `pipeline` builds a fresh pipeline each time (the SDK's builder keeps
 * its stages); most aggregations fit one page, one database action.
 */
export async function aggregateAll<T>(pipeline: () => Pipeline): Promise<T[]> {
  const all: T[] = [];
  for (let page = 0; ; page += 1) {
    const rows = await aggregateList<T>(
      pipeline()
        .sort({ _id: 1 })
        .skip(page * PAGE)
        .limit(PAGE),
    );
    all.push(...rows);
    if (rows.length < PAGE) return all;
  }
}
