import type { JurisdictionNode } from '../../cloudfunctions/domain/jurisdiction/JurisdictionNode';
import type { User } from '../../cloudfunctions/domain/people/User';
import { fileRequest } from '../../cloudfunctions/domain/requests/fileRequest';
import { acceptRequest, resolveRequest } from '../../cloudfunctions/domain/requests/handlerSteps';
import { actorFor, applyChange } from '../../cloudfunctions/domain/requests/requestChange';
import { rateRequest } from '../../cloudfunctions/domain/requests/residentSteps';
import type { HandlerRef, ResidentRequest } from '../../cloudfunctions/domain/requests/ResidentRequest';
import { DAY_MS } from '../../cloudfunctions/domain/calendar/workCalendar';
import type { StoreApi } from '../../localcloud';
import type { Message } from '../../cloudfunctions/domain/messages/Message';
import { openMessage } from '../../cloudfunctions/domain/messages/firstInquiry';
import { leaveMessage } from '../../cloudfunctions/domain/messages/leaveMessage';
import { applyMessageChange } from '../../cloudfunctions/domain/messages/messageOutcomes';
import { replyToMessage } from '../../cloudfunctions/domain/messages/threadPosts';
import type { Branch } from '../../cloudfunctions/domain/posts/Branch';
import type { Claim } from '../../cloudfunctions/domain/posts/Claim';
import { newClaim } from '../../cloudfunctions/domain/posts/claimRules';
import { placeIdsOf } from '../../cloudfunctions/domain/posts/jurisdiction';
import type { PartyMember } from '../../cloudfunctions/domain/posts/PartyMember';
import type { ServiceLog } from '../../cloudfunctions/domain/posts/ServiceLog';
import type { ServicePost } from '../../cloudfunctions/domain/posts/ServicePost';
import type { ServiceDay } from '../../cloudfunctions/domain/servicedays/ServiceDay';
import type { ServiceSession } from '../../cloudfunctions/domain/servicedays/ServiceSession';
import { demoCategories, demoPostKinds } from '../../localcloud/seed/demoCatalog';
import { demoServiceDays, demoServiceSessions } from '../../localcloud/seed/demoServiceDays';
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
  /** 留言 threads, half answered. */
  messages: number;
  /** Party members who reported to their village (one in ten pending), each with a post, a claim and service logs. */
  partyMembers: number;
}

export const COUNTY_SCALE: CountyScale = {
  townships: 20,
  villagesPerTownship: 15,
  gridsPerVillage: 10,
  users: 100_000,
  requests: 100_000,
  messages: 20_000,
  partyMembers: 5_000,
};

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
      resident: { id: resident._id, name: resident.name, phone: resident.phone, phoneVerified: true, household: null },
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
      county: { id: 'c', name: '县' },
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
  return applyChange(
    request,
    rateRequest(request, { actor: actorFor(resident, request), now: at(30), opId: 'county-rate' }, { stars: 5, comment: null }),
  );
}

export interface CountyData {
  nodes: JurisdictionNode[];
  users: User[];
  requests: ResidentRequest[];
  messages: Message[];
  branches: Branch[];
  partyMembers: PartyMember[];
  servicePosts: ServicePost[];
  claims: Claim[];
  serviceLogs: ServiceLog[];
  serviceDays: ServiceDay[];
  serviceSessions: ServiceSession[];
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
    const tCadre = user(`n-cadre-t${t}`, `镇干部${t}`, nextPhone(), null, {
      roles: ['resident', 'staff'],
      staffScopeId: township._id,
      nodeDuties: [{ nodeId: township._id, title: '镇党委副书记', firstResponsible: true }],
    });
    townshipCadre.set(township._id, tCadre);
    users.push(
      tCadre,
      user(`n-staff-t${t}`, `镇工作人员${t}`, nextPhone(), null, { roles: ['resident', 'staff'], staffScopeId: township._id }),
    );
    for (let v = 0; v < scale.villagesPerTownship; v++) {
      const village = node(`v-n${t}-${v}`, 'village', `第${v + 1}村`, township, v + 1);
      nodes.push(village);
      const vCadre = user(`n-cadre-v${t}-${v}`, `村干部${t}-${v}`, nextPhone(), null, {
        roles: ['resident', 'staff'],
        staffScopeId: village._id,
        nodeDuties: [{ nodeId: village._id, title: '村党支部书记', firstResponsible: true }],
      });
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
          users.push(
            user(`n-mediator-${t}-${v}-${g}`, `调解员${t}-${v}-${g}`, nextPhone(), grid._id, {
              roles: ['resident', 'gridMember'],
              gridDuties: [{ gridId: grid._id, title: '调解员', categoryIds: ['mediation', 'legal'], firstResponsible: false }],
            }),
          );
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
    const holder =
      level === 'village'
        ? villageCadre.get(place.village._id)!
        : level === 'township'
          ? townshipCadre.get(place.township._id)!
          : place.head;
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
  const residents = users.filter((u) => u._id.startsWith('n-resident-'));
  return {
    nodes,
    users,
    requests,
    messages: countyMessages(scale, grids, villageCadre, now),
    ...countyPartyWork(scale, grids, villageCadre, now),
    ...countyServiceDays(nodes, residents, townshipCadre, now),
  };
}

type GridPlace = { grid: JurisdictionNode; village: JurisdictionNode; township: JurisdictionNode; head: User; residents: User[] };

/** Threads from residents to their village: half still waiting (owned by the village cadre), half answered. */
function countyMessages(scale: CountyScale, grids: GridPlace[], villageCadre: Map<string, User>, now: Date): Message[] {
  const out: Message[] = [];
  for (let i = 0; i < scale.messages; i++) {
    const place = grids[(i * 11) % grids.length];
    if (place.residents.length === 0) continue;
    const author = place.residents[i % place.residents.length];
    const hoursAgo = (i % 2000) + 1;
    let message = leaveMessage({
      id: `n-ms-${i}`,
      clientKey: `county-${i}`,
      now: new Date(now.getTime() - hoursAgo * 3_600_000),
      author,
      grid: place.grid,
      village: place.village,
      text: '村里什么时候统一办理新农合缴费？能不能帮家里人代缴？',
      photos: [],
      publicConsent: i % 4 === 0,
    });
    const staff = villageCadre.get(place.village._id)!;
    const opened = openMessage(message, staff, new Date(message.createdAt.getTime() + 600_000));
    if (opened) message = applyMessageChange(message, opened);
    if (i % 2 === 0) {
      message = applyMessageChange(
        message,
        replyToMessage(message, {
          by: staff,
          now: new Date(message.createdAt.getTime() + 3_600_000),
          opId: `county-reply-${i}`,
          text: '可以代缴，带上户口本到村委会办理。',
          photos: [],
        }),
      );
    }
    out.push(message);
  }
  return out;
}

/** A branch per village; members among the residents, each holding a post of their grid and logging service. */
function countyPartyWork(scale: CountyScale, grids: GridPlace[], villageCadre: Map<string, User>, now: Date) {
  const year = now.getFullYear();
  const branches: Branch[] = [];
  const byVillage = new Map<string, Branch>();
  for (const { village } of grids) {
    if (byVillage.has(village._id)) continue;
    const branch: Branch = {
      _id: `b-${village._id}`,
      name: `${village.name}党支部`,
      nodeId: village._id,
      secretaryId: villageCadre.get(village._id)?._id ?? null,
      order: branches.length + 10,
    };
    branches.push(branch);
    byVillage.set(village._id, branch);
  }
  const servicePosts: ServicePost[] = grids.flatMap(({ grid }, g) =>
    [0, 1].map((k) => ({
      _id: `p-${grid._id}-${k}`,
      gridId: grid._id,
      villageId: grid.parentId!,
      placeIds: placeIdsOf(grid),
      kindId: demoPostKinds[(g + k) % demoPostKinds.length]._id,
      title: `${demoPostKinds[(g + k) % demoPostKinds.length].name}岗`,
      duties: '每月至少服务两次',
      capacity: 5,
      held: 0,
      status: 'open' as const,
      createdAt: new Date(`${year}-01-05T09:00:00+08:00`),
      createdBy: 'demo-admin',
      updatedAt: new Date(`${year}-01-05T09:00:00+08:00`),
      closedAt: null,
      closedBy: null,
      closeReason: null,
    })),
  );
  const postsByGrid = new Map<string, ServicePost[]>();
  for (const post of servicePosts) postsByGrid.set(post.gridId, [...(postsByGrid.get(post.gridId) ?? []), post]);
  const partyMembers: PartyMember[] = [];
  const claims: Claim[] = [];
  const serviceLogs: ServiceLog[] = [];
  const reported = new Set<string>();
  for (let i = 0; i < scale.partyMembers; i++) {
    const place = grids[(i * 13) % grids.length];
    const person = place.residents[Math.floor(i / grids.length) % Math.max(1, place.residents.length)];
    if (!person || reported.has(person._id)) continue;
    reported.add(person._id);
    const pending = i % 10 === 9;
    const member: PartyMember = {
      _id: person._id,
      name: person.name,
      phone: person.phone,
      branchId: byVillage.get(place.village._id)!._id,
      employer: '村民委员会',
      gridId: place.grid._id,
      villageId: place.village._id,
      placeIds: placeIdsOf(place.grid),
      skillKindIds: ['publicService'],
      skills: '',
      status: pending ? 'pending' : 'approved',
      submittedAt: new Date(now.getTime() - ((i % 300) + 1) * DAY_MS),
      decidedAt: pending ? null : new Date(now.getTime() - (i % 300) * DAY_MS),
      decidedBy: pending ? null : 'demo-admin',
      decidedByName: pending ? null : '系统管理员',
      rejectReason: null,
      activePostCount: pending ? 0 : 1,
    };
    partyMembers.push(member);
    if (pending) continue;
    const post = postsByGrid.get(place.grid._id)![i % 2];
    post.held += 1;
    const claim = newClaim(post, member, '按时上岗，服务群众', new Date(`${year}-01-10T09:00:00+08:00`));
    claims.push(claim);
    for (let k = 0; k < 3; k++) {
      const date = `${year}-${String(1 + ((i + k) % 9)).padStart(2, '0')}-${String(1 + k * 9).padStart(2, '0')}`;
      const status = k === 2 ? 'pending' : 'approved';
      serviceLogs.push({
        _id: `l-${person._id}-${k}`,
        claimId: claim._id,
        postId: post._id,
        memberId: member._id,
        branchId: member.branchId,
        gridId: post.gridId,
        placeIds: post.placeIds,
        kindId: post.kindId,
        date,
        year: Number(date.slice(0, 4)),
        month: date.slice(0, 7),
        hours: 2,
        content: '打扫村道，清理沟渠',
        photos: [],
        household: null,
        status,
        createdAt: new Date(`${date}T18:00:00+08:00`),
        verifiedBy: status === 'approved' ? place.head._id : null,
        verifiedByName: status === 'approved' ? place.head.name : null,
        verifiedAt: status === 'approved' ? new Date(`${date}T20:00:00+08:00`) : null,
        rejectReason: null,
      });
    }
  }
  return { branches, partyMembers, servicePosts, claims, serviceLogs };
}

/** Each township's weekly service day, its dates within the horizon, residents of the township booked on them. */
function countyServiceDays(nodes: JurisdictionNode[], residents: User[], townshipCadre: Map<string, User>, now: Date) {
  const [template] = demoServiceDays();
  const templateSessions = demoServiceSessions(now).filter((session) => session.serviceDayId === template._id);
  const serviceDays: ServiceDay[] = [];
  const serviceSessions: ServiceSession[] = [];
  const townships = nodes.filter((n) => n.level === 'township');
  townships.forEach((township, t) => {
    const dayId = `sd-${township._id}`;
    const staff = townshipCadre.get(township._id)!;
    serviceDays.push({
      ...template,
      _id: dayId,
      title: `${township.name}便民服务日`,
      venue: `${township.name}为民服务大厅`,
      placeId: township._id,
      placeName: township.name,
      scopeIds: [...township.ancestorIds, township._id],
      createdBy: staff._id,
    });
    for (const session of templateSessions) {
      const booked = session.bookings.map((booking, b) => {
        const person = residents[(t * 31 + b) % residents.length];
        return { ...booking, openid: person._id, name: person.name, phone: person.phone };
      });
      const holders = Object.fromEntries(booked.filter((b) => b.openid).map((b) => [b.openid!, 1]));
      serviceSessions.push({
        ...session,
        _id: `${dayId}_${session.date}`,
        serviceDayId: dayId,
        placeId: township._id,
        placeName: township.name,
        scopeIds: [...township.ancestorIds, township._id],
        title: `${township.name}便民服务日`,
        bookings: booked,
        holders,
      });
    }
  });
  return { serviceDays, serviceSessions };
}

/** Inserts the county around the demo data (seed the demo first: it creates the collections and indexes). */
export function loadCountyData(store: StoreApi, scale: CountyScale, now: Date): CountyData {
  const data = countyData(scale, now);
  for (const [collection, docs] of Object.entries(data)) store.insertMany(collection, docs as object[]);
  return data;
}
