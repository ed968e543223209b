import type { Category } from '../../domain/catalog/Category';
import type { JurisdictionNode } from '../../domain/jurisdiction/JurisdictionNode';
import type { GridDuty, NodeDuty, User } from '../../domain/people/User';
import type { Cadre, RoutingContext } from '../../domain/requests/routeRequest';
import type { StaffMember } from '../../domain/requests/staffToAlert';
import type { WorkCalendar } from '../../domain/calendar/workCalendar';
import { DomainError } from '../../domain/shared/DomainError';
import type { Database } from '../../shared/cloud';
import { COLLECTIONS } from '../../shared/collections';
import { toCalendar, WORK_CALENDAR_ID } from '../../shared/workCalendarStore';

interface RoutingRow {
  _id: string;
  name: string;
  ancestorIds: string[];
  members: Array<Pick<User, '_id' | 'name'> & { gridDuties: GridDuty[] }>;
  cadres: Array<Pick<User, '_id' | 'name'> & { nodeDuties: NodeDuty[] }>;
  staff: Array<Pick<User, '_id' | 'roles' | 'staffScopeId'>>;
  ancestors: Array<Pick<JurisdictionNode, '_id' | 'name' | 'level'>>;
  category: Category[];
  calendar: WorkCalendar[];
}

/** The grid's row once, with how many open requests each of its people holds (a person holding none is not listed). */
interface RoutingResult {
  row: RoutingRow;
  openCounts: Array<{ _id: string | null; n: number }>;
}

/** Everything routing, escalation and deadlines need about one grid, read in one database action. */
export interface LoadedRouting {
  routing: RoutingContext;
  /** The grid and its ancestors, root first. */
  placeIds: string[];
  /** The requested category, or null if it does not exist. */
  category: Category | null;
  calendar: WorkCalendar;
  staff: StaffMember[];
}

/**
 * One aggregate from the grid's node: the people with a duty in the grid,
 * the cadres of its village, township and county, the staff over it, the names of
 * its ancestors, the category and the work calendar; then how many open
 * requests each of those people holds now, counted without gathering the
 * requests into the row: the join is unwound at once (MongoDB folds the
 * $unwind into the $lookup, so no document holds them all, and the 16 MB
 * document limit never applies) and grouped down to one count per person.
 * A submit is then three database actions in all: the caller (read by the
 * dispatcher), this, and the add.
 */
export async function loadRoutingContext(db: Database, gridId: string, categoryId: string): Promise<LoadedRouting> {
  const $ = db.command.aggregate;
  const result = (await db
    .collection(COLLECTIONS.nodes)
    .aggregate()
    .match({ _id: gridId, level: 'grid' })
    .lookup({ from: COLLECTIONS.users, localField: '_id', foreignField: 'gridDuties.gridId', as: 'members' })
    .lookup({ from: COLLECTIONS.users, localField: 'ancestorIds', foreignField: 'nodeDuties.nodeId', as: 'cadres' })
    .lookup({ from: COLLECTIONS.users, localField: 'ancestorIds', foreignField: 'staffScopeId', as: 'staff' })
    .lookup({ from: COLLECTIONS.nodes, localField: 'ancestorIds', foreignField: '_id', as: 'ancestors' })
    .addFields({ categoryKey: $.literal(categoryId), calendarKey: $.literal(WORK_CALENDAR_ID) })
    .lookup({ from: COLLECTIONS.categories, localField: 'categoryKey', foreignField: '_id', as: 'category' })
    .lookup({ from: COLLECTIONS.settings, localField: 'calendarKey', foreignField: '_id', as: 'calendar' })
    .project({
      name: 1,
      ancestorIds: 1,
      'members._id': 1,
      'members.name': 1,
      'members.gridDuties': 1,
      'cadres._id': 1,
      'cadres.name': 1,
      'cadres.nodeDuties': 1,
      'staff._id': 1,
      'staff.roles': 1,
      'staff.staffScopeId': 1,
      'ancestors._id': 1,
      'ancestors.name': 1,
      'ancestors.level': 1,
      category: 1,
      calendar: 1,
      people: $.concatArrays(['$members._id', '$cadres._id']),
    })
    .lookup({ from: COLLECTIONS.requests, localField: 'people', foreignField: 'openHandlerId', as: 'open' })
    .unwind({ path: '$open', preserveNullAndEmptyArrays: true })
    .group({ _id: '$open.openHandlerId', n: $.sum(1), row: $.first('$$ROOT') })
    .group({ _id: null, row: $.first('$row'), openCounts: $.push({ _id: '$_id', n: '$n' }) })
    .project({ 'row.open': 0, 'row.people': 0 })
    .end()) as { list: RoutingResult[] };
  const [found] = result.list;
  if (!found) throw new DomainError('NOT_FOUND', '没有找到这个网格，请重新选择');
  return toLoadedRouting(found, categoryId);
}

function toLoadedRouting({ row, openCounts: counted }: RoutingResult, categoryId: string): LoadedRouting {
  const byLevel = (level: string) => row.ancestors.find((node) => node.level === level);
  const village = byLevel('village');
  const township = byLevel('township');
  const county = byLevel('county');
  if (!village || !township || !county) throw new DomainError('INTERNAL', '网格的上级单位缺失，请联系管理员');
  const openCounts: Record<string, number> = {};
  // Nobody holding anything open leaves one group without a person: it counts nothing.
  for (const { _id, n } of counted) if (_id) openCounts[_id] = n;
  const levelNodes = new Set([village._id, township._id, county._id]);
  const cadres: Cadre[] = row.cadres.flatMap((person) =>
    person.nodeDuties
      .filter((duty) => levelNodes.has(duty.nodeId))
      .map((duty) => ({
        id: person._id,
        name: person.name,
        nodeId: duty.nodeId,
        title: duty.title,
        firstResponsible: duty.firstResponsible,
      })),
  );
  const category = row.category.find((c) => c._id === categoryId) ?? null;
  return {
    routing: {
      grid: { id: row._id, name: row.name },
      village: { id: village._id, name: village.name },
      township: { id: township._id, name: township.name },
      county: { id: county._id, name: county.name },
      members: row.members.map((m) => ({ id: m._id, name: m.name, duties: m.gridDuties })),
      cadres,
      openCounts,
      category: { id: categoryId, name: category?.name ?? categoryId },
    },
    placeIds: [...row.ancestorIds, row._id],
    category,
    calendar: toCalendar(row.calendar[0]),
    staff: row.staff.map((s) => ({ id: s._id, roles: s.roles, scopeId: s.staffScopeId })),
  };
}

/** An active category, or the field error a resident understands. */
export function requireActiveCategory(category: Category | null): Category {
  if (!category || !category.active) {
    throw new DomainError('INVALID_INPUT', '请选择诉求类别', [{ path: 'categoryId', message: '不在可选范围内' }]);
  }
  return category;
}
