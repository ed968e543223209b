import { isIn } from '../../domain/people/audiences';
import { lateness, stuckCasePage } from '../../domain/proxy/stuckCases';
import { defineAction } from '../../shared/defineAction';
import { agentsByIds, CASE_PAGE_SIZE, openCasesOf } from './support/store';
import { caseSummary } from './support/toDto';

/**
 * 待改派: the open 代办件 of the caller's jurisdiction (staff, as
 * 代办统计 scopes them: every case whose places hold their scope) that wait
 * for a new agent: the agent no longer serves the case's grid or holds no
 * agent role, or the stage is past its limit. The open cases and their
 * agents are read whole (through indexes, in pages of 1,000), the domain
 * judges each, and a page of the most urgent is answered after the cursor,
 * with how many there are.
 */
export const stuckCases = defineAction('proxy', 'stuckCases', {
  access: 'staff',
  run: async (input, { db, caller, now }) => {
    const scope = isIn(caller, 'staff') ? caller.staffScopeId : null;
    if (!scope) return { items: [], total: 0, next: null };
    const cases = await openCasesOf(db, scope);
    const agents = await agentsByIds(
      db,
      cases.map((proxyCase) => proxyCase.agentId),
    );
    const after = input.after ? { at: new Date(input.after.at), id: input.after.id } : undefined;
    const page = stuckCasePage(cases, agents, now, after, CASE_PAGE_SIZE);
    const last = page.rows.at(-1)?.proxyCase;
    return {
      items: page.rows.map(({ proxyCase, reasons }) => ({ ...caseSummary(proxyCase, now), reasons, ...lateness(proxyCase, now) })),
      total: page.total,
      next: page.more && last?.deadline ? { at: last.deadline.toISOString(), id: last._id } : null,
    };
  },
});
