import { defineAction } from '../../shared/defineAction';
import { EVERYONE } from './support/audiences';
import { loadPlaceNames } from './support/places';
import { householdsOfMember, peopleByIds } from './support/store';
import { residentHousehold } from './support/toDto';

/** A resident's own household(s), where a cadre linked them as a member: who is in it, who looks after it. */
export const myHousehold = defineAction('visits', 'myHousehold', {
  access: EVERYONE,
  run: async (_input, { db, caller }) => {
    const own = await householdsOfMember(db, caller._id);
    const [names, cadres] = await Promise.all([
      loadPlaceNames(db, own.map((h) => h.placeIds)),
      peopleByIds(db, own.flatMap((h) => h.cadres.map((c) => c.id))),
    ]);
    const phones = new Map([...cadres].map(([id, user]) => [id, user.phone]));
    return { items: own.map((h) => residentHousehold(h, names, phones)) };
  },
});
