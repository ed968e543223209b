import { peopleWithin, placeIdsOf } from '../../domain/admin/peopleWithin';
import { isIn } from '../../domain/people/audiences';
import { defineAction } from '../../shared/defineAction';
import { peopleByPhone } from '../../shared/peopleByPhone';
import { toPlaceDto } from '../../shared/loadPlaceChain';
import { placesById } from './support/store';
import { toAdminPersonDto } from './support/personDto';

/**
 * A person to appoint who is not listed at the place yet, by their phone
 * number: only people who live, serve or are staff within the
 * administrator's jurisdiction are shown.
 */
export const findPerson = defineAction('admin', 'findPerson', {
  access: 'administrators',
  async run({ phone }, { db, caller }) {
    const known = await peopleByPhone(db, [phone]);
    const places = await placesById(db, known.flatMap(placeIdsOf));
    const byId = new Map(places.map((place) => [place._id, place]));
    const placeOf = (id: string | null) => {
      const place = id ? byId.get(id) : undefined;
      return place ? toPlaceDto(place) : null;
    };
    return {
      people: peopleWithin(caller, known, places).map((person) => ({
        ...toAdminPersonDto(person),
        homeGrid: placeOf(person.homeGridId),
        staffScope: isIn(person, 'staff') ? placeOf(person.staffScopeId) : null,
      })),
    };
  },
});
