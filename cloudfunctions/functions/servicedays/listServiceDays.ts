import type { JurisdictionNode } from '../../domain/jurisdiction/JurisdictionNode';
import { localDateOf } from '../../domain/servicedays/chinaCalendar';
import type { ServiceDay } from '../../domain/servicedays/ServiceDay';
import { DomainError } from '../../domain/shared/DomainError';
import { COLLECTIONS } from '../../shared/collections';
import { defineAction } from '../../shared/defineAction';
import { toPlaceDto } from '../../shared/loadPlaceChain';
import { readAllPages } from '../../shared/readAllPages';
import { readDocs } from '../../shared/readDocs';
import { STAFF } from './roles';
import { sessionsOf } from './sessionStore';
import { SESSION_SUMMARY_FIELDS, toServiceDayDto, toSessionCardDto, type SessionSummary } from './toDto';

const LEVEL_ORDER = { county: 0, township: 1, village: 2, grid: 3 };

/** The staff member's service days, their coming dates, and the places they may set one up for. */
export const listServiceDays = defineAction('servicedays', 'listServiceDays', {
  access: STAFF,
  async run(_input, { db, caller, now }) {
    const scope = caller.staffScopeId;
    if (!scope) throw new DomainError('OUT_OF_JURISDICTION');
    const _ = db.command;
    const [days, sessions, places] = await Promise.all([
      // A county holds a service day per township and village: every one is listed.
      readAllPages<ServiceDay>(db, COLLECTIONS.serviceDays, { scopeIds: scope }),
      readDocs<SessionSummary>(
        sessionsOf(db)
          .where({ scopeIds: scope, date: _.gte(localDateOf(now)), status: _.in(['open', 'cancelled']) })
          .field(SESSION_SUMMARY_FIELDS)
          .orderBy('date', 'asc')
          .limit(100),
      ),
      readAllPages<JurisdictionNode>(
        db,
        COLLECTIONS.nodes,
        _.and([_.or([{ _id: scope }, { ancestorIds: scope }]), { level: _.in(['township', 'village']) }]),
      ),
    ]);
    return {
      places: places.sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || a.order - b.order).map(toPlaceDto),
      serviceDays: days.sort((a, b) => new Date(a.createdAt).getTime() - new Date(b.createdAt).getTime()).map(toServiceDayDto),
      sessions: sessions.map(toSessionCardDto),
    };
  },
});
