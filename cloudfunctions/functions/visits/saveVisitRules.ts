import { DomainError } from '../../domain/shared/DomainError';
import { requireRulesAdmin } from '../../domain/visits/access';
import { changeVisitRules } from '../../domain/visits/VisitRules';
import { defineAction } from '../../shared/defineAction';
import { ADMINS } from './support/audiences';
import { chainOf, countyOfChain, loadPlace } from './support/places';
import { loadRules, saveRules } from './support/store';
import { rulesDto } from './support/toDto';

/**
 * The county's administrator edits the tags (rename, retire, add), each
 * tag's visit period and the quotas. Households' due dates follow within
 * the timer's next run (`refreshDue`, every 10 minutes).
 */
export const saveVisitRules = defineAction('visits', 'saveVisitRules', {
  access: ADMINS,
  run: async (input, { db, caller }) => {
    if (!caller.staffScopeId) throw new DomainError('OUT_OF_JURISDICTION');
    const scope = await loadPlace(db, caller.staffScopeId);
    const countyId = countyOfChain(chainOf(scope));
    requireRulesAdmin(caller, countyId);
    const current = await loadRules(db, countyId);
    const next = changeVisitRules(current, input);
    if (!(await saveRules(db, next, current.version))) throw new DomainError('CONFLICT', '设置刚被别人改过，请刷新后再改');
    return rulesDto(next, scope.name, true);
  },
});
