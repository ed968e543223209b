import { localDateOf } from '../../domain/servicedays/chinaCalendar';
import { defineAction } from '../../shared/defineAction';
import { REGISTERED } from './support/roles';
import { comingSessionsAt, findPlace } from './support/store';
import { isOver, toSessionCardDto } from './support/toDto';

/**
 * The coming dates near the caller: those run by their village or township
 * (or county), soonest first; cancelled dates stay listed with the reason.
 */
export const browse = defineAction('servicedays', 'browse', {
  access: REGISTERED,
  async run(_input, { db, caller, now }) {
    if (!caller.homeGridId) return { sessions: [] };
    const grid = await findPlace(db, caller.homeGridId);
    if (!grid) return { sessions: [] };
    const sessions = await comingSessionsAt(db, [...grid.ancestorIds, grid._id], localDateOf(now));
    return { sessions: sessions.filter((s) => !isOver(s, now)).map(toSessionCardDto) };
  },
});
