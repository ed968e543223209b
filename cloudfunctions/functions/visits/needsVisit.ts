import { isStaffOver } from '../../domain/visits/access';
import { defineAction } from '../../shared/defineAction';
import { needsItems } from './support/needsItems';
import { chainOf, loadPlace, toPlaceDto } from './support/places';
import { requireReaderOf } from './support/relations';
import { householdsDue } from './support/store';

/** Households per page of the list. */
const PAGE = 50;

/**
 * 谁该走访了: the tagged households of a grid, village, township or county
 * whose period has run out (留守老人 not visited for 30 days …), most overdue
 * first, each with the cadres who look after it. One range read of the
 * place's due keys, so the database reads only the households it lists.
 */
export const needsVisit = defineAction('visits', 'needsVisit', {
  access: 'cadres',
  run: async (input, { db, caller, now }) => {
    const place = await loadPlace(db, input.placeId);
    const chain = chainOf(place);
    await requireReaderOf(db, caller, place);
    const due = await householdsDue(db, place.level, place._id, now, input.after, PAGE);
    const items = await needsItems(db, chain, due, now);
    const next = due.length === PAGE ? (due[due.length - 1].due?.[place.level] ?? null) : null;
    return { place: toPlaceDto(place), items, next, canRemind: isStaffOver(caller, chain) };
  },
});
