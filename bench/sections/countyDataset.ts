import type { Doc } from '../../localcloud';
import { chinaMonth, monthBounds, monthsBack } from '../../cloudfunctions/domain/dashboard/chinaMonth';
import type { JurisdictionNode } from '../../cloudfunctions/domain/jurisdiction/JurisdictionNode';
import type { Actor, LedgerEvent, ResidentRequest } from '../../cloudfunctions/domain/requests/ResidentRequest';
import { DAY_MS } from '../../cloudfunctions/domain/calendar/workCalendar';
import { demoCategories } from '../../localcloud/seed/demoCatalog';
import { DEMO_GRIDS, DEMO_PLACES } from '../../localcloud/seed/demoPlaces';
import { template, type BenchState } from './requests';

const TOWNSHIPS = 20;
const VILLAGES_PER_TOWNSHIP = 15;
const GRIDS_PER_VILLAGE = 10;
const HOUR = 3_600_000;

export interface CountyDataset {
  /** Townships, villages and grids under the demo county (望江县). */
  nodes: JurisdictionNode[];
  requests: Doc[];
  grids: number;
  /** The twelve China months the requests were filed in, oldest first. */
  from: string;
  to: string;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function countyPlaces(): { nodes: JurisdictionNode[]; grids: JurisdictionNode[] } {
  const county = DEMO_PLACES.county;
  const nodes: JurisdictionNode[] = [];
  const grids: JurisdictionNode[] = [];
  for (let t = 1; t <= TOWNSHIPS; t += 1) {
    const township: JurisdictionNode = {
      _id: `t-cty-${pad(t, 2)}`,
      level: 'township',
      name: `第${t}镇`,
      parentId: county._id,
      ancestorIds: [county._id],
      order: 100 + t,
    };
    nodes.push(township);
    for (let v = 1; v <= VILLAGES_PER_TOWNSHIP; v += 1) {
      const vi = (t - 1) * VILLAGES_PER_TOWNSHIP + v;
      const village: JurisdictionNode = {
        _id: `v-cty-${pad(vi, 3)}`,
        level: 'village',
        name: `第${vi}村`,
        parentId: township._id,
        ancestorIds: [county._id, township._id],
        order: v,
      };
      nodes.push(village);
      for (let g = 1; g <= GRIDS_PER_VILLAGE; g += 1) {
        const gi = (vi - 1) * GRIDS_PER_VILLAGE + g;
        const grid: JurisdictionNode = {
          _id: `g-cty-${pad(gi, 4)}`,
          level: 'grid',
          name: `第${g}网格`,
          parentId: village._id,
          ancestorIds: [county._id, township._id, village._id],
          order: g,
        };
        nodes.push(grid);
        grids.push(grid);
      }
    }
  }
  return { nodes, grids };
}

/**
 * A county: 20 townships, 300 villages, 3,000 grids (each with its grid
 * member), and `total` requests filed evenly over the last twelve China
 * months, each a copy of one built through the domain in a demo grid, moved
 * to its county grid and its time. By age: filed in the last two days still
 * open, in the last week resolved awaiting a rating, older closed with a
 * rating (one in twenty of those still open and long overdue). Every
 * request was last changed at least an hour ago.
 */
export function countyDataset(now: Date, total = 100_000): CountyDataset {
  const { nodes, grids } = countyPlaces();
  const byId = new Map(nodes.map((n) => [n._id, n]));
  const demoGrids = Object.values(DEMO_GRIDS);
  const to = chinaMonth(now);
  const from = monthsBack(to, 11);
  const start = monthBounds(from).start.getTime();
  const last = now.getTime() - 3 * HOUR;
  const base = new Date(now.getTime() - 400 * DAY_MS);
  const templates = new Map<string, ResidentRequest>();
  const requests: Doc[] = [];
  for (let i = 0; i < total; i += 1) {
    const grid = grids[(i * 7919) % grids.length];
    const village = byId.get(grid.parentId!)!;
    const township = byId.get(village.parentId!)!;
    const createdAt = start + Math.floor(((last - start) * i) / total);
    const age = now.getTime() - createdAt;
    let state: BenchState;
    if (age < 2 * DAY_MS) state = i % 3 === 0 ? 'assigned' : 'accepted';
    else if (age < 7 * DAY_MS) state = 'resolved';
    else state = i % 20 === 0 ? 'accepted' : 'closed';
    const model = i % demoGrids.length;
    const category = i % demoCategories.length;
    const key = `${model}:${category}:${state}`;
    let t = templates.get(key);
    if (!t) templates.set(key, (t = template(demoGrids[model], category, state, base)));
    const shift = createdAt - t.createdAt.getTime();
    const move = (d: Date | null) => (d ? new Date(d.getTime() + shift) : null);
    const member = { id: `u-cty-${grid._id.slice(6)}`, name: `网格员${grid._id.slice(6)}` };
    const asMember = (actor: Actor): Actor => (actor.role === 'gridMember' ? { ...actor, ...member } : actor);
    const place = {
      gridId: grid._id,
      gridName: grid.name,
      villageId: village._id,
      villageName: village.name,
      townshipId: township._id,
      townshipName: township.name,
      placeIds: [...grid.ancestorIds, grid._id],
    };
    const handler = t.handler ? { ...t.handler, ...member } : null;
    requests.push({
      ...t,
      ...place,
      _id: `cty-${i}`,
      code: `QC${i.toString(36).toUpperCase().padStart(8, '0')}`,
      levelNode: { id: grid._id, name: grid.name },
      handler,
      openHandlerId: t.openHandlerId ? member.id : null,
      handlerIds: t.handlerIds.length ? [member.id] : [],
      createdAt: move(t.createdAt),
      updatedAt: move(t.updatedAt),
      deadline: move(t.deadline),
      sweepAt: move(t.sweepAt),
      resolvedAt: move(t.resolvedAt),
      resolution: t.resolution ? { ...t.resolution, at: move(t.resolution.at)!, by: asMember(t.resolution.by) } : null,
      rating: t.rating ? { ...t.rating, at: move(t.rating.at)! } : null,
      ledger: t.ledger.map((e: LedgerEvent) => ({ ...e, at: move(e.at)!, actor: asMember(e.actor) })),
    } as unknown as Doc);
  }
  return { nodes, requests, grids: grids.length, from, to };
}
