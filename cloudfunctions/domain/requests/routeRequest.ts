import type { HandlingLevel } from './vocabulary';
import type { GridDuty } from '../people/User';
import type { HandlerRef, PlaceRef } from './ResidentRequest';

/** A grid member with their duties in the grid being routed. */
export interface RosterMember {
  id: string;
  name: string;
  duties: GridDuty[];
}

/** A first responsible person (or other cadre) of a village or township. */
export interface Cadre {
  id: string;
  name: string;
  nodeId: string;
  title: string;
  firstResponsible: boolean;
}

/** Everything routing looks at, read in one go by the cloud function. */
export interface RoutingContext {
  grid: PlaceRef;
  village: PlaceRef;
  township: PlaceRef;
  /** The county above (the level past the township's deadline). */
  county: PlaceRef;
  /** People with a duty in this grid. */
  members: RosterMember[];
  /** People with a duty at this grid's village, township or county. */
  cadres: Cadre[];
  /** Open requests each person holds now (all grids); missing means none. */
  openCounts: Record<string, number>;
  category: { id: string; name: string };
}

export interface RoutingDecision {
  level: HandlingLevel;
  node: PlaceRef;
  /** null: nobody could take it; it waits in the township's duty queue and staff are alerted. */
  handler: HandlerRef | null;
  /** The decision in words, stored with the request ("按 网格+类别 分派给 张三（调解员）"). */
  reason: string;
}

interface Candidate {
  handler: HandlerRef;
  firstResponsible: boolean;
}

function openOf(context: Pick<RoutingContext, 'openCounts'>, id: string): number {
  return context.openCounts[id] ?? 0;
}

/**
 * The one with the fewest open requests; on a tie the first responsible
 * person, then by name, so the same situation always gives the same answer.
 */
export function pickLeastLoaded<C extends Candidate>(candidates: C[], context: Pick<RoutingContext, 'openCounts'>): C {
  return [...candidates].sort(
    (a, b) =>
      openOf(context, a.handler.id) - openOf(context, b.handler.id) ||
      Number(b.firstResponsible) - Number(a.firstResponsible) ||
      a.handler.name.localeCompare(b.handler.name, 'zh-CN') ||
      a.handler.id.localeCompare(b.handler.id),
  )[0];
}

function named(handler: HandlerRef): string {
  return handler.title ? `${handler.name}（${handler.title}）` : handler.name;
}

/** One candidate per person: someone with two duties in a grid is still one person. */
function gridCandidates(context: RoutingContext, covers: (duty: GridDuty) => boolean): Candidate[] {
  const out: Candidate[] = [];
  for (const member of context.members) {
    const duties = member.duties.filter((duty) => duty.gridId === context.grid.id && covers(duty));
    if (duties.length === 0) continue;
    const duty = duties.find((d) => d.firstResponsible) ?? duties[0];
    out.push({
      handler: { id: member.id, name: member.name, title: duty.title },
      firstResponsible: duties.some((d) => d.firstResponsible),
    });
  }
  return out;
}

/** The first responsible people of a village or township, as candidates. */
export function cadreCandidates(cadres: Cadre[], nodeId: string): Candidate[] {
  const seen = new Set<string>();
  const out: Candidate[] = [];
  for (const cadre of cadres) {
    if (cadre.nodeId !== nodeId || !cadre.firstResponsible || seen.has(cadre.id)) continue;
    seen.add(cadre.id);
    out.push({ handler: { id: cadre.id, name: cadre.name, title: cadre.title }, firstResponsible: true });
  }
  return out;
}

function loadNote(candidates: Candidate[], chosen: Candidate, context: RoutingContext, what: string): string {
  if (candidates.length < 2) return '';
  return `（${candidates.length}位${what}中，${chosen.handler.name}手头未办结的诉求最少：${openOf(context, chosen.handler.id)}件）`;
}

/** Above the grid: the village's first responsible person, else the township's, else the duty queue. */
export function routeAboveGrid(
  context: Pick<RoutingContext, 'village' | 'township' | 'cadres' | 'openCounts'>,
  from: 'grid' | 'village',
): { level: HandlingLevel; node: PlaceRef; handler: HandlerRef | null; skipped: PlaceRef[] } {
  const skipped: PlaceRef[] = [];
  const levels: Array<{ level: HandlingLevel; node: PlaceRef }> =
    from === 'grid'
      ? [
          { level: 'village', node: context.village },
          { level: 'township', node: context.township },
        ]
      : [{ level: 'township', node: context.township }];
  for (const { level, node } of levels) {
    const candidates = cadreCandidates(context.cadres, node.id);
    if (candidates.length > 0) return { level, node, handler: pickLeastLoaded(candidates, context).handler, skipped };
    skipped.push(node);
  }
  return { level: 'township', node: context.township, handler: null, skipped };
}

/**
 * 分类处置、分级处理: (grid, category) → the grid member whose duty covers the
 * category (the least loaded of several); else the grid's first responsible
 * person; else the village; else the township; else the township's duty
 * queue. Never leaves a request without somewhere to go, and says why.
 */
export function routeRequest(context: RoutingContext): RoutingDecision {
  const category = context.category;
  const covering = gridCandidates(context, (duty) => duty.categoryIds.includes(category.id));
  if (covering.length > 0) {
    const chosen = pickLeastLoaded(covering, context);
    return {
      level: 'grid',
      node: context.grid,
      handler: chosen.handler,
      reason: `按 网格+类别 分派给 ${named(chosen.handler)}${loadNote(covering, chosen, context, `负责“${category.name}”的网格员`)}`,
    };
  }
  const heads = gridCandidates(context, (duty) => duty.firstResponsible);
  if (heads.length > 0) {
    const chosen = pickLeastLoaded(heads, context);
    return {
      level: 'grid',
      node: context.grid,
      handler: chosen.handler,
      reason: `本网格没有专门负责“${category.name}”的网格员，分派给网格第一责任人 ${named(chosen.handler)}`,
    };
  }
  const above = routeAboveGrid(context, 'grid');
  const gridGap = `${context.grid.name}暂无可分派的网格员`;
  if (!above.handler) {
    return {
      level: 'township',
      node: context.township,
      handler: null,
      reason: `${gridGap}，${context.village.name}、${context.township.name}也没有第一责任人，进入${context.township.name}值班队列，已通知乡镇工作人员`,
    };
  }
  const skippedVillage = above.level === 'township' ? `，${context.village.name}也没有第一责任人` : '';
  const where = above.level === 'village' ? '村级' : '乡镇';
  return {
    level: above.level,
    node: above.node,
    handler: above.handler,
    reason: `${gridGap}${skippedVillage}，转交${where}第一责任人 ${named(above.handler)}`,
  };
}

export { named as handlerLabel };
