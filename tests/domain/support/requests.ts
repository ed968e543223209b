import type { GridDuty, User } from '../../../cloudfunctions/domain/people/User';
import { fileRequest } from '../../../cloudfunctions/domain/requests/fileRequest';
import { applyChange, type RequestChange } from '../../../cloudfunctions/domain/requests/requestChange';
import type { ResidentRequest } from '../../../cloudfunctions/domain/requests/ResidentRequest';
import type { Cadre, RoutingContext, RosterMember } from '../../../cloudfunctions/domain/requests/routeRequest';
import type { WorkCalendar } from '../../../cloudfunctions/domain/calendar/workCalendar';

export const NO_HOLIDAYS: WorkCalendar = { holidays: [], workdays: [] };
/** Monday 23 Nov 2026, 10:00 in China. */
export const MONDAY = new Date('2026-11-23T10:00:00+08:00');
export const PLACE_IDS = ['c1', 't1', 'v1', 'g1'];

export function user(id: string, fields: Partial<Omit<User, '_id'>> = {}): User {
  return {
    _id: id,
    name: id,
    phone: '',
    roles: ['resident'],
    homeGridId: 'g1',
    householdTags: [],
    gridDuties: [],
    nodeDuties: [],
    staffScopeId: null,
    elderMode: false,
    createdAt: MONDAY,
    ...fields,
  };
}

export function duty(categoryIds: string[], title = '网格员', firstResponsible = false, gridId = 'g1'): GridDuty {
  return { gridId, title, categoryIds, firstResponsible };
}

export const village = (name = '李大毛', id = 'cad-v'): Cadre => ({
  id,
  name,
  nodeId: 'v1',
  title: '村党总支书记',
  firstResponsible: true,
});
export const township = (name = '黄文斌', id = 'cad-t'): Cadre => ({
  id,
  name,
  nodeId: 't1',
  title: '乡党委副书记',
  firstResponsible: true,
});

export function context(fields: Partial<RoutingContext> & { members?: RosterMember[] } = {}): RoutingContext {
  return {
    grid: { id: 'g1', name: '第一网格' },
    village: { id: 'v1', name: '湖滨村' },
    township: { id: 't1', name: '凉泉乡' },
    county: { id: 'c1', name: '望江县' },
    members: [],
    cadres: [village(), township()],
    openCounts: {},
    category: { id: 'mediation', name: '矛盾调解' },
    ...fields,
  };
}

export const member = (id: string, name: string, duties: GridDuty[]): RosterMember => ({ id, name, duties });

/** The demo-like grid: a 网格长 for general matters and a mediator. */
export const HEAD = member('m-head', '汪德华', [duty(['environment', 'other'], '网格长', true)]);
export const MEDIATOR = member('m-med', '周义青', [duty(['mediation'], '调解员')]);

export const RESIDENT = user('r-wang', { name: '王秀英', phone: '13905560101' });

/** A request filed by RESIDENT in g1 and routed with the given context. */
export function filed(
  routing: RoutingContext = context({ members: [HEAD, MEDIATOR] }),
  fields: { categoryId?: string; timeLimitDays?: number; now?: Date; publicName?: boolean } = {},
): ResidentRequest {
  const categoryId = fields.categoryId ?? routing.category.id;
  return fileRequest(
    {
      id: 'rq1',
      code: 'QS0001',
      clientKey: 'key-00000001',
      now: fields.now ?? MONDAY,
      filer: RESIDENT,
      resident: { id: RESIDENT._id, name: RESIDENT.name, phone: RESIDENT.phone, phoneVerified: true, household: null },
      proxy: false,
      placeIds: PLACE_IDS,
      category: { id: categoryId, name: routing.category.name, timeLimitDays: fields.timeLimitDays ?? 3 },
      text: '邻居占了排水沟',
      photos: [],
      location: null,
      publicName: fields.publicName ?? false,
    },
    { ...routing, category: { id: categoryId, name: routing.category.name } },
    NO_HOLIDAYS,
  ).request;
}

/** Applies steps in order, as the cloud function would (each written atomically). */
export function run(request: ResidentRequest, ...steps: Array<(r: ResidentRequest) => RequestChange>): ResidentRequest {
  return steps.reduce((current, step) => applyChange(current, step(current)), request);
}

export const hours = (n: number) => n * 3_600_000;
export const later = (date: Date, ms: number) => new Date(date.getTime() + ms);
