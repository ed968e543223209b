import { defineAction } from '../../shared/defineAction';
import { agentCasePage } from './support/store';
import { caseSummary } from './support/toDto';

/** An agent's own cases: open ones by deadline, finished ones newest first, a page at a time. */
export const agentCases = defineAction('proxy', 'agentCases', {
  access: 'cadres',
  run: async (input, { db, caller, now }) => {
    const after = input.after ? { at: new Date(input.after.at), id: input.after.id } : undefined;
    const { docs, total, more } = await agentCasePage(db, caller._id, input.view, after);
    const last = docs.at(-1);
    const key = input.view === 'open' ? last?.deadline : last?.updatedAt;
    return {
      items: docs.map((proxyCase) => caseSummary(proxyCase, now)),
      total,
      next: more && last && key ? { at: key.toISOString(), id: last._id } : null,
    };
  },
});
