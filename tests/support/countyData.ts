import type { JurisdictionNode } from '../../cloudfunctions/domain/jurisdiction/JurisdictionNode';
import type { User } from '../../cloudfunctions/domain/people/User';
import { fileRequest } from '../../cloudfunctions/domain/requests/fileRequest';
import { acceptRequest, resolveRequest } from '../../cloudfunctions/domain/requests/handlerSteps';
import { actorFor, applyChange } from '../../cloudfunctions/domain/requests/requestChange';
import { rateRequest } from '../../cloudfunctions/domain/requests/residentSteps';
import type { HandlerRef, ResidentRequest } from '../../cloudfunctions/domain/requests/ResidentRequest';
import { DAY_MS } from '../../cloudfunctions/domain/requests/workCalendar';
import type { StoreApi } from '../../localcloud';
import { demoCategories } from '../../localcloud/seed/demoCatalog';
import { DEMO_PLACES } from '../../localcloud/seed/demoPlaces';
import { demoWorkCalendar } from '../../localcloud/seed/demoRequests';

/**
 * How big the county around the demo township is. At full size (the issue's
 * county: ~3,000 grids, 100,000 households) every scan is obvious; tests use
 * a small one with the same shape.
 */
export interface CountyScale {
  townships: number;
  villagesPerTownship: number;
  gridsPerVillage: number;
  users: number;
  requests: number;
}

export const COUNTY_SCALE: CountyScale = { townships: 20, villagesPerTownship: 15, gridsPerVillage: 10, users: 100_000, requests: 100_000 };

const HEAD_CATEGORIES = ['policy', 'hardship', 'proxy', 'environment', 'infrastructure', 'jobs', 'other', 'security', 'health'];

type TemplateState = 'assigned' | 'accepted' | 'resolved' | 'closed';

function node(_id: string, level: JurisdictionNode['level'], name: string, parent: JurisdictionNode, order: number): JurisdictionNode {
  return { _id, level, name, parentId: parent._id, ancestorIds: [...parent.ancestorIds, parent._id], order };
}

function user(_id: string, name: string, phone: string, homeGridId: string | null, extra: Partial<User> = {}): User {
  return {
    _id,
    name,
    phone,
    roles: ['resident'],
    homeGridId,
    householdTags: [],
    gridDuties: [],
    nodeDuties: [],
    staffScopeId: null,
    elderMode: false,
    createdAt: new Date('2026-01-05T08:00:00+08:00'),
    ...extra,
  };
}

/** One request taken to `state` through the domain, in a made-up grid; copies get their own places and people. */
function template(state: TemplateState, categoryIndex: number, filedAt: Date): ResidentRequest {
  const category = demoCategories[categoryIndex % demoCategories.length];
  const head = user('tpl-head', '网格长', '15000000000', 'tpl-g', {
    roles: ['resident', 'gridMember'],
    gridDuties: [{ gridId: 'tpl-g', title: '网格长', categoryIds: demoCategories.map((c) => c._id), firstResponsible: true }],
  });
  const resident = user('tpl-resident', '居民', '15000000001', 'tpl-g');
  let request = fileRequest(
    {
      id: 'template',
      code: 'QS00000000',
      clientKey: `county-${state}-${category._id}`,
      now: filedAt,
      filer: resident,
      resident: { id: resident._id, name: resident.name, phone: resident.phone, household: null },
      proxy: false,
      placeIds: ['c', 't', 'v', 'tpl-g'],
      category: { id: category._id, name: category.name, timeLimitDays: category.timeLimitDays },
      text: `${category.name}：村口的路灯坏了好几天，晚上看不清路，请网格员帮忙看看。`,
      photos: [],
      location: null,
      publicName: categoryIndex % 3 === 0,
    },
    {
      grid: { id: 'tpl-g', name: '网格' },
      village: { id: 'v', name: '村' },
      township: { id: 't', name: '乡' },
      members: [{ id: head._id, name: head.name, duties: head.gridDuties }],
      cadres: [],
      openCounts: {},
      category: { id: category._id, name: category.name },
    },
    demoWorkCalendar,
  ).request;
  if (state === 'assigned') return request;
  const at = (hours: number) => new Date(filedAt.getTime() + hours * 3_600_000);
  request = applyChange(request, acceptRequest(request, { actor: actorFor(head, request), now: at(2), opId: 'county-accept' }));
  if (state === 'accepted') return request;
  request = applyChange(
    request,
    resolveRequest(request, { actor: actorFor(head, request), now: at(20), opId: 'county-resolve' }, { text: '已处理', photos: [] }),
  );
  if (state === 'resolved') return request;
  return applyChange(request, rateRequest(request, { actor: actorFor(resident, request), now: at(30), opId: 'county-rate' }, { stars: 5, comment: null }));
}

export interface CountyData {
  nodes: JurisdictionNode[];
  users: User[];
  requests: ResidentRequest[];
}

/**
 * The rest of the demo county (望江县 beside 凉泉乡): townships of villages of
 * grids, each grid with its 网格长 (and every third a 调解员), each village
 * and township with cadres and staff, residents filling the rest of `users`,
 * and `requests` spread over the grids and the last year in every state
 * (30% open, 10% resolved awaiting a rating, 60% closed; some escalated to
 * the village or township; some followed by a neighbour). Nothing of it is
 * in the demo township, so demo callers see the demo data as before, with
 * a county of other people's data beside it.
 */
export function countyData(scale: CountyScale, now: Date): CountyData {
  const { county } = DEMO_PLACES;
  const nodes: JurisdictionNode[] = [];
  const users: User[] = [];
  const grids: Array<{ grid: JurisdictionNode; village: JurisdictionNode; township: JurisdictionNode; head: User; residents: User[] }> = [];
  const villageCadre = new Map<string, User>();
  const townshipCadre = new Map<string, User>();
  let phone = 0;
  const nextPhone = () => `15${String(++phone).padStart(9, '0')}`;
  for (let t = 0; t < scale.townships; t++) {
    const township = node(`t-n${t}`, 'township', `第${t + 1}镇`, county, t + 2);
    nodes.push(township);
    const tCadre = user(`n-cadre-t${t}`, `镇干部${t}`, nextPhone(), null, { roles: ['resident', 'staff'], staffScopeId: township._id, nodeDuties: [{ nodeId: township._id, title: '镇党委副书记', firstResponsible: true }] });
    townshipCadre.set(township._id, tCadre);
    users.push(tCadre, user(`n-staff-t${t}`, `镇工作人员${t}`, nextPhone(), null, { roles: ['resident', 'staff'], staffScopeId: township._id }));
    for (let v = 0; v < scale.villagesPerTownship; v++) {
      const village = node(`v-n${t}-${v}`, 'village', `第${v + 1}村`, township, v + 1);
      nodes.push(village);
      const vCadre = user(`n-cadre-v${t}-${v}`, `村干部${t}-${v}`, nextPhone(), null, { roles: ['resident', 'staff'], staffScopeId: village._id, nodeDuties: [{ nodeId: village._id, title: '村党支部书记', firstResponsible: true }] });
      villageCadre.set(village._id, vCadre);
      users.push(vCadre);
      for (let g = 0; g < scale.gridsPerVillage; g++) {
        const grid = node(`g-n${t}-${v}-${g}`, 'grid', `第${g + 1}网格`, village, g + 1);
        nodes.push(grid);
        const head = user(`n-head-${t}-${v}-${g}`, `网格长${t}-${v}-${g}`, nextPhone(), grid._id, {
          roles: ['resident', 'gridMember'],
          gridDuties: [{ gridId: grid._id, title: '网格长', categoryIds: HEAD_CATEGORIES, firstResponsible: true }],
        });
        users.push(head);
        if (g % 3 === 0) {
          users.push(user(`n-mediator-${t}-${v}-${g}`, `调解员${t}-${v}-${g}`, nextPhone(), grid._id, {
            roles: ['resident', 'gridMember'],
            gridDuties: [{ gridId: grid._id, title: '调解员', categoryIds: ['mediation', 'legal'], firstResponsible: false }],
          }));
        }
        grids.push({ grid, village, township, head, residents: [] });
      }
    }
  }
  for (let i = 0; users.length < scale.users; i++) {
    const home = grids[i % grids.length];
    const resident = user(`n-resident-${i}`, `居民${i}`, nextPhone(), home.grid._id);
    home.residents.push(resident);
    users.push(resident);
  }

  const templates = new Map<string, ResidentRequest>();
  const templateOf = (state: TemplateState, categoryIndex: number, filedAt: Date) => {
    const key = `${state}:${categoryIndex}`;
    let found = templates.get(key);
    if (!found) templates.set(key, (found = template(state, categoryIndex, filedAt)));
    return found;
  };
  const requests: ResidentRequest[] = [];
  const handlerRef = (person: User, title: string): HandlerRef => ({ id: person._id, name: person.name, title });
  for (let i = 0; i < scale.requests; i++) {
    const place = grids[(i * 7) % grids.length];
    const resident = place.residents.length ? place.residents[i % place.residents.length] : place.head;
    // Each grid gets requests of every kind in turn.
    const bucket = Math.floor(i / grids.length) % 10;
    const state: TemplateState = bucket < 3 ? (bucket === 0 ? 'assigned' : 'accepted') : bucket === 3 ? 'resolved' : 'closed';
    const open = bucket < 3;
    // Open ones are recent; the rest spread over the year.
    const filedAt = new Date(now.getTime() - (open ? ((i % 10) * DAY_MS) / 10 : ((i % 360) + 2) * DAY_MS) - (i % 997) * 60_000);
    const base = templateOf(state, i % demoCategories.length, filedAt);
    const shift = filedAt.getTime() - base.createdAt.getTime();
    const move = (d: Date | null) => (d ? new Date(d.getTime() + shift) : null);
    // A few have gone up: to the village (3%) or the township (1%), held by its cadre.
    const level = open && i % 100 < 3 ? 'village' : open && i % 100 === 3 ? 'township' : 'grid';
    const holder = level === 'village' ? villageCadre.get(place.village._id)! : level === 'township' ? townshipCadre.get(place.township._id)! : place.head;
    const levelNode = level === 'village' ? place.village : level === 'township' ? place.township : place.grid;
    const follower = i % 20 === 0 && place.residents.length > 1 ? place.residents[(i + 1) % place.residents.length]._id : null;
    requests.push({
      ...base,
      _id: `n-rq-${i}`,
      code: `QN${i.toString(36).toUpperCase().padStart(8, '0')}`,
      residentId: resident._id,
      residentName: resident.name,
      residentPhone: resident.phone,
      filedBy: { ...base.filedBy, id: resident._id, name: resident.name },
      gridId: place.grid._id,
      gridName: place.grid.name,
      villageId: place.village._id,
      villageName: place.village.name,
      townshipId: place.township._id,
      townshipName: place.township.name,
      placeIds: [...place.grid.ancestorIds, place.grid._id],
      level,
      levelNode: { id: levelNode._id, name: levelNode.name },
      handler: handlerRef(holder, level === 'grid' ? '网格长' : '书记'),
      openHandlerId: open ? holder._id : null,
      handlerIds: level === 'grid' ? [holder._id] : [place.head._id, holder._id],
      state: level !== 'grid' ? 'escalated' : base.state,
      followerIds: follower ? [follower] : [],
      createdAt: filedAt,
      updatedAt: move(base.updatedAt)!,
      deadline: move(base.deadline),
      sweepAt: move(base.sweepAt),
      resolvedAt: move(base.resolvedAt),
      closedAt: move(base.closedAt),
    });
  }
  return { nodes, users, requests };
}

/** Inserts the county around the demo data (seed the demo first: it creates the collections and indexes). */
export function loadCountyData(store: StoreApi, scale: CountyScale, now: Date): CountyData {
  const data = countyData(scale, now);
  store.insertMany('nodes', data.nodes);
  store.insertMany('users', data.users);
  store.insertMany('requests', data.requests);
  return data;
}
