import type { JurisdictionNode } from '../../domain/jurisdiction/JurisdictionNode';
import { figuresOfTallies, periodRange } from '../../domain/proxy/figures';
import { DomainError } from '../../domain/shared/DomainError';
import { COLLECTIONS } from '../../shared/collections';
import { defineAction } from '../../shared/defineAction';
import { findById } from '../../shared/findById';
import { agentTalliesOf } from '../../shared/proxyAgentTallies';
import { gridPlaceNames } from './support/agentPlaces';

/** Agents shown per page: a village's fit on one, a county's are paged. */
export const AGENTS_PER_PAGE = 30;

/**
 * 代理代办 on the 工作台: per agent of the staff member's jurisdiction, for a
 * month or a quarter, the cases received, handed back, on time and the
 * residents' ratings (the figures of 代办统计, `domain/proxy/figures.ts`),
 * in the order an allowance is decided in, a page at a time with the total.
 * The database counts the period's cases of the jurisdiction per agent and
 * grid (`shared/proxyAgentTallies.ts`): a page reads a row per agent and
 * grid, never the cases themselves.
 */
export const proxyAgents = defineAction('dashboard', 'proxyAgents', {
  access: 'staff',
  run: async (input, { db, caller }) => {
    if (!caller.staffScopeId) throw new DomainError('FORBIDDEN');
    const period = { kind: input.kind, year: input.year, number: input.number };
    const span = periodRange(period);
    const [scope, tallies] = await Promise.all([
      findById<JurisdictionNode>(db, COLLECTIONS.nodes, caller.staffScopeId),
      agentTalliesOf(db, caller.staffScopeId, span),
    ]);
    if (!scope) throw new DomainError('NOT_FOUND', '没有找到您负责的辖区，请联系管理员');
    const all = figuresOfTallies(tallies);
    const page = all.slice(input.after, input.after + AGENTS_PER_PAGE);
    const places = await gridPlaceNames(
      db,
      page.map((row) => row.gridId),
    );
    const end = input.after + page.length;
    return {
      scope: { id: scope._id, name: scope.name },
      period: { ...period, from: span.from.toISOString(), to: span.to.toISOString() },
      total: all.length,
      items: page.map((row) => ({ ...row, id: row.agentId, place: places.get(row.gridId) ?? '' })),
      next: end < all.length ? end : null,
    };
  },
});
