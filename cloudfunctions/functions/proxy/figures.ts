import { agentFigures, periodRange } from '../../domain/proxy/figures';
import { isIn } from '../../domain/people/audiences';
import { defineAction } from '../../shared/defineAction';
import { figureCasesOf } from '../../shared/proxyCaseReads';

/**
 * 代办补贴 figures for a month or a quarter ("根据代办件数和群众测评结果"):
 * staff see every agent whose cases lie in their jurisdiction, a grid member
 * their own row. A case counts as received in the period it was opened in,
 * and as handled in the period it was handed back in.
 */
export const figures = defineAction('proxy', 'figures', {
  access: 'cadres',
  run: async (input, { db, caller }) => {
    const period = { kind: input.kind, year: input.year, number: input.number };
    const span = periodRange(period);
    const staffScope = isIn(caller, 'staff') ? caller.staffScopeId : null;
    const cases = await figureCasesOf(db, staffScope ? { placeId: staffScope } : { agentId: caller._id }, span);
    return { period: { ...period, from: span.from.toISOString(), to: span.to.toISOString() }, rows: agentFigures(cases, span) };
  },
});
