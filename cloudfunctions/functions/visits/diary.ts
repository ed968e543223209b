import type { ParsedRequestOf } from '../../contract';
import type { DiaryDto } from '../../contract/visits';
import { DomainError } from '../../domain/shared/DomainError';
import { isStaffOver } from '../../domain/visits/access';
import type { Visit } from '../../domain/visits/Visit';
import type { RegisteredContext } from '../../shared/ActionContext';
import { defineAction } from '../../shared/defineAction';
import { loadPlace, loadPlaceNames } from './support/places';
import { loadHouseholdAs, requireReaderOf } from './support/relations';
import { callbacksWaitingOn, visitsInRange, visitsOfHousehold, type DiaryRange } from './support/store';
import { visitSummary } from './support/toDto';

/** Entries per page of a diary. */
const PAGE = 20;

type Input = ParsedRequestOf<'visits', 'diary'>;

interface Page {
  visits: Visit[];
  /** The key each entry was listed by (its cursor). */
  keyOf: (visit: Visit) => string;
  /** Where the next page starts: the key of the last entry read when a full page was read, else null. */
  next: string | null;
}

function nextOf(read: Visit[], keyOf: (visit: Visit) => string): string | null {
  return read.length === PAGE ? keyOf(read[read.length - 1]) : null;
}

async function read(input: Input, { db, caller }: RegisteredContext): Promise<Page> {
  const byCadre = (visit: Visit) => visit.cadreKey;
  switch (input.view) {
    case 'mine': {
      const visits = await visitsInRange(db, { field: 'cadreKey', placeId: caller._id }, input.before, PAGE);
      return { visits, keyOf: byCadre, next: nextOf(visits, byCadre) };
    }
    case 'place': {
      const place = await loadPlace(db, input.placeId);
      await requireReaderOf(db, caller, place);
      const range: DiaryRange = { field: `keys.${place.level}`, placeId: place._id };
      const visits = await visitsInRange(db, range, input.before, PAGE);
      const keyOf = (visit: Visit) => visit.keys[place.level];
      return { visits, keyOf, next: nextOf(visits, keyOf) };
    }
    case 'household': {
      await loadHouseholdAs(db, caller, input.householdId, ['keeper', 'caretaker']);
      return { visits: await visitsOfHousehold(db, input.householdId, 100), keyOf: byCadre, next: null };
    }
    case 'cadre': {
      if (input.cadreId !== caller._id && !caller.roles.includes('staff')) throw new DomainError('FORBIDDEN');
      const visits = await visitsInRange(db, { field: 'cadreKey', placeId: input.cadreId }, input.before, PAGE);
      // A supervisor reads what the cadre did within the supervisor's jurisdiction.
      const within = input.cadreId === caller._id ? visits : visits.filter((v) => isStaffOver(caller, v.placeIds));
      return { visits: within, keyOf: byCadre, next: nextOf(visits, byCadre) };
    }
    case 'callbacks': {
      if (!caller.roles.includes('staff')) throw new DomainError('FORBIDDEN');
      const visits = (await callbacksWaitingOn(db, caller._id)).sort((a, b) => new Date(b.at).getTime() - new Date(a.at).getTime());
      return { visits, keyOf: byCadre, next: null };
    }
  }
}

/** 民情日记 lists, newest first, a page at a time: the caller's own, a place's (调阅), a household's, a cadre's, open callbacks. */
export const diary = defineAction('visits', 'diary', {
  access: 'cadres',
  run: async (input, context): Promise<DiaryDto> => {
    const page = await read(input, context);
    const names = await loadPlaceNames(
      context.db,
      page.visits.map((v) => v.placeIds),
    );
    const items = page.visits.map((v) => visitSummary(v, names, page.keyOf(v)));
    return { items, next: page.next };
  },
});
