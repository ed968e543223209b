import { localDateOf } from '../../domain/servicedays/chinaCalendar';
import { DomainError } from '../../domain/shared/DomainError';
import { defineAction } from '../../shared/defineAction';
import { toPlaceDto } from '../../shared/loadPlaceChain';
import { STAFF } from './support/roles';
import { comingSessionsInScope, serviceDayPlacesIn, serviceDaysInScope } from './support/store';
import { toServiceDayDto, toSessionCardDto } from './support/toDto';

const LEVEL_ORDER = { county: 0, township: 1, village: 2, grid: 3 };

/** The staff member's service days, their coming dates, and the places they may set one up for. */
export const listServiceDays = defineAction('servicedays', 'listServiceDays', {
  access: STAFF,
  async run(_input, { db, caller, now }) {
    const scope = caller.staffScopeId;
    if (!scope) throw new DomainError('OUT_OF_JURISDICTION');
    const [days, sessions, places] = await Promise.all([
      serviceDaysInScope(db, scope),
      comingSessionsInScope(db, scope, localDateOf(now)),
      serviceDayPlacesIn(db, scope),
    ]);
    return {
      places: places.sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || a.order - b.order).map(toPlaceDto),
      serviceDays: days.sort((a, b) => new Date(a.createdAt).getTime() - new Date(b.createdAt).getTime()).map(toServiceDayDto),
      sessions: sessions.map(toSessionCardDto),
    };
  },
});
