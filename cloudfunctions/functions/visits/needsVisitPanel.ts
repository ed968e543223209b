import { DomainError } from '../../domain/shared/DomainError';
import { defineAction } from '../../shared/defineAction';
import { needsItems } from './support/needsItems';
import { chainOf, loadPlace, toPlaceDto } from './support/places';
import { requireReaderOf } from './support/relations';
import { countHouseholdsDue, householdsDue } from './support/store';

/** Households the panel names; the rest are behind its link. */
const SHOWN = 3;

/**
 * 工作台's 谁该走访了 panel for a staff member's own place: how many of its
 * tagged households are past their period (one count over the due index's
 * range of the place) and the most overdue few with the cadres who look
 * after them; the page links to the whole list in 走访督导.
 */
export const needsVisitPanel = defineAction('visits', 'needsVisitPanel', {
  access: 'staff',
  run: async (_input, { db, caller, now }) => {
    if (!caller.staffScopeId) throw new DomainError('OUT_OF_JURISDICTION');
    const place = await loadPlace(db, caller.staffScopeId);
    await requireReaderOf(db, caller, place);
    const [total, due] = await Promise.all([
      countHouseholdsDue(db, place.level, place._id, now),
      householdsDue(db, place.level, place._id, now, undefined, SHOWN),
    ]);
    return { place: toPlaceDto(place), total, items: await needsItems(db, chainOf(place), due, now) };
  },
});
