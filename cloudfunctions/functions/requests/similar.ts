import type { ResidentRequest } from '../../domain/requests/ResidentRequest';
import { WORKING_STATES } from '../../domain/requests/requestStates';
import { DAY_MS } from '../../domain/calendar/workCalendar';
import { COLLECTIONS } from '../../shared/collections';
import { defineAction } from '../../shared/defineAction';
import { readDocs } from '../../shared/readDocs';
import { toSimilarDto } from '../../shared/requests/toRequestDto';

/** How far back "此问题已有人反映" looks. */
const SIMILAR_WINDOW_MS = 14 * DAY_MS;

/**
 * Before filing: open requests of the same category in the same grid from
 * the last 14 days, so a resident can follow one instead of filing again.
 */
export const similar = defineAction('requests', 'similar', {
  access: 'residentsAndCadres',
  async run({ gridId, categoryId }, { db, caller, now }) {
    const _ = db.command;
    const found = await readDocs<ResidentRequest>(
      db
        .collection(COLLECTIONS.requests)
        .where({
          gridId,
          categoryId,
          state: _.in([...WORKING_STATES]),
          createdAt: _.gte(new Date(now.getTime() - SIMILAR_WINDOW_MS)),
        })
        .orderBy('createdAt', 'desc')
        .field({ ledger: false })
        .limit(20),
    );
    return { items: found.map((request) => toSimilarDto(request, caller)) };
  },
});
