import type { JurisdictionNode } from '../../domain/jurisdiction/JurisdictionNode';
import { localDateOf } from '../../domain/servicedays/chinaCalendar';
import { COLLECTIONS } from '../../shared/collections';
import { defineAction } from '../../shared/defineAction';
import { findById } from '../../shared/findById';
import { readDocs } from '../../shared/readDocs';
import { REGISTERED } from './roles';
import { sessionsOf } from './sessionStore';
import { isOver, SESSION_SUMMARY_FIELDS, toSessionCardDto, type SessionSummary } from './toDto';

/**
 * The coming dates near the caller: those run by their village or township
 * (or county), soonest first; cancelled dates stay listed with the reason.
 */
export const browse = defineAction('servicedays', 'browse', {
  access: REGISTERED,
  async run(_input, { db, caller, now }) {
    if (!caller.homeGridId) return { sessions: [] };
    const grid = await findById<JurisdictionNode>(db, COLLECTIONS.nodes, caller.homeGridId);
    if (!grid) return { sessions: [] };
    const _ = db.command;
    const sessions = await readDocs<SessionSummary>(
      sessionsOf(db)
        .where({
          placeId: _.in([...grid.ancestorIds, grid._id]),
          date: _.gte(localDateOf(now)),
          status: _.in(['open', 'cancelled']),
        })
        .field(SESSION_SUMMARY_FIELDS)
        .orderBy('date', 'asc')
        .limit(100),
    );
    return { sessions: sessions.filter((s) => !isOver(s, now)).map(toSessionCardDto) };
  },
});
