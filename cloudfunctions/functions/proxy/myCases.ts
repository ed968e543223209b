import { defineAction } from '../../shared/defineAction';
import { residentCases } from './support/store';
import { caseSummary } from './support/toDto';

/** The caller's own cases as a resident: opened for their account or for the number WeChat verified for them. */
export const myCases = defineAction('proxy', 'myCases', {
  access: 'everyone',
  run: async (_input, { db, caller, now }) => ({
    items: (await residentCases(db, caller._id, caller.phone)).map((proxyCase) => caseSummary(proxyCase, now)),
  }),
});
