import { defineAction } from '../../shared/defineAction';
import { caretakersOfMany } from './support/caretakers';
import { loadPlaceNames } from './support/places';
import { householdsOfMember, peopleByIds } from './support/store';
import { residentHousehold } from './support/toDto';

/**
 * A resident's own household(s), where a cadre linked them as a member: who
 * is in it, and who looks after it with a number to call (its own cadres,
 * else its grid's 包保 cadres, else its grid's members).
 */
export const myHousehold = defineAction('visits', 'myHousehold', {
  access: 'everyone',
  run: async (_input, { db, caller }) => {
    const own = await householdsOfMember(db, caller._id);
    const [names, caretakers] = await Promise.all([
      loadPlaceNames(
        db,
        own.map((h) => h.placeIds),
      ),
      caretakersOfMany(db, own),
    ]);
    const people = await peopleByIds(
      db,
      [...caretakers.values()].flatMap((c) => c.people.map((p) => p.id)),
    );
    const phones = new Map([...people].map(([id, user]) => [id, user.phone]));
    return { items: own.map((h) => residentHousehold(h, names, caretakers.get(h._id)!.people, phones)) };
  },
});
