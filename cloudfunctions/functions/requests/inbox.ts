import type { HandlingLevel, RequestSummaryDto } from '../../contract/requests';
import type { JurisdictionNode } from '../../domain/jurisdiction/JurisdictionNode';
import { LEVEL_DEPTH } from '../../domain/jurisdiction/JurisdictionNode';
import { isIn } from '../../domain/people/audiences';
import type { ResidentRequest } from '../../domain/requests/ResidentRequest';
import { areaOf, isEmptyArea, type Area } from '../../domain/requests/areaOf';
import { FINAL_STATES, OPEN_STATES, WORKING_STATES } from '../../domain/requests/requestStates';
import type { Database } from '../../shared/cloud';
import { COLLECTIONS } from '../../shared/collections';
import { defineAction } from '../../shared/defineAction';
import { readDocs } from '../../shared/readDocs';
import { templateIdOf } from '../../shared/subscribeTemplates';
import { toSummaryDto } from '../../shared/requests/toRequestDto';

const EVERY_LEVEL: HandlingLevel[] = ['grid', 'village', 'township'];

/**
 * Conditions for "requests in my area", one per kind of duty, each a place
 * and the levels seen there (a grid id is in `placeIds` of the grid's
 * requests only): with the state, the shape of the index
 * {placeIds, level, state, updatedAt}, so a list reads only what it shows.
 */
function areaConditions(db: Database, area: Area): Array<Record<string, unknown>> {
  const _ = db.command;
  const out: Array<Record<string, unknown>> = [];
  if (area.gridIds.length) out.push({ placeIds: _.in(area.gridIds), level: _.in(EVERY_LEVEL) });
  for (const node of area.levelNodes) out.push({ placeIds: node.nodeId, level: _.in(node.levels) });
  if (area.staffScopeId) out.push({ placeIds: area.staffScopeId, level: _.in(EVERY_LEVEL) });
  return out;
}

async function loadArea(db: Database, person: Parameters<typeof areaOf>[0]): Promise<Area> {
  const nodeIds = person.nodeDuties.map((duty) => duty.nodeId);
  const nodes = nodeIds.length
    ? await readDocs<Pick<JurisdictionNode, '_id' | 'level'>>(
        db.collection(COLLECTIONS.nodes).where({ _id: db.command.in(nodeIds) }).field({ _id: true, level: true }).limit(100),
      )
    : [];
  const depth = new Map(nodes.map((node) => [node._id, LEVEL_DEPTH[node.level]]));
  return areaOf(person, (id) => depth.get(id));
}

/** Overdue first (most overdue on top), then by deadline, then the clock-stopped and the finished. */
function byUrgency(a: RequestSummaryDto, b: RequestSummaryDto): number {
  const rank = (item: RequestSummaryDto) => (item.countdown?.overdue ? 0 : item.deadline ? 1 : 2);
  return (
    rank(a) - rank(b) ||
    (a.deadline && b.deadline ? a.deadline.localeCompare(b.deadline) : 0) ||
    b.updatedAt.localeCompare(a.updatedAt)
  );
}

/**
 * A handler's list. `mine`: what they hold now (staff also the duty queue of
 * their jurisdiction); `area`: everything open in their grids, at their
 * level, or (staff) in their jurisdiction; `done`: finished there. Open
 * lists put overdue first, each with its countdown.
 */
export const inbox = defineAction('requests', 'inbox', {
  access: 'cadres',
  async run({ view }, { db, caller, now }) {
    const _ = db.command;
    const staffScope = isIn(caller, 'staff') ? caller.staffScopeId : null;
    let conditions: Array<Record<string, unknown>>;
    if (view === 'mine') {
      conditions = [{ openHandlerId: caller._id }];
      if (staffScope) conditions.push({ queued: true, placeIds: staffScope, state: _.in([...WORKING_STATES]) });
    } else {
      const area = await loadArea(db, caller);
      conditions = isEmptyArea(area) ? [] : areaConditions(db, area);
    }
    const states = view === 'done' ? FINAL_STATES : OPEN_STATES;
    const found = conditions.length
      ? await readDocs<ResidentRequest>(
          db
            .collection(COLLECTIONS.requests)
            .where(_.and([_.or(conditions), { state: _.in([...states]) }]))
            .orderBy('updatedAt', 'desc')
            .field({ ledger: false })
            .limit(200),
        )
      : [];
    const items = found.map((request) => toSummaryDto(request, caller, now));
    if (view !== 'done') items.sort(byUrgency);
    return {
      items,
      counts: {
        mine: found.filter((request) => request.openHandlerId === caller._id).length,
        overdue: items.filter((item) => item.countdown?.overdue).length,
      },
      subscribeTemplateIds: [templateIdOf('requestTask')],
    };
  },
});
