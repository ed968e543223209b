import { DAY_MS } from '../../domain/calendar/workCalendar';
import { defineAction } from '../../shared/defineAction';
import { toSimilarDto } from '../../shared/requests/toRequestDto';
import { workingRequestsLike } from './support/store';

/** How far back "此问题已有人反映" looks. */
const SIMILAR_WINDOW_MS = 14 * DAY_MS;

/**
 * Before filing: open requests of the same category in the same grid from
 * the last 14 days, so a resident can follow one instead of filing again.
 */
export const similar = defineAction('requests', 'similar', {
  access: 'residentsAndCadres',
  async run({ gridId, categoryId }, { db, caller, now }) {
    const found = await workingRequestsLike(db, gridId, categoryId, new Date(now.getTime() - SIMILAR_WINDOW_MS));
    return { items: found.map((request) => toSimilarDto(request, caller)) };
  },
});
