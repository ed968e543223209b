import { DomainError } from '../../domain/shared/DomainError';
import { requireRulesAdmin } from '../../domain/visits/access';
import { changeVisitRules } from '../../domain/visits/VisitRules';
import { defineAction } from '../../shared/defineAction';
import { staffCounty } from './support/places';
import { loadRules, saveRules } from './support/store';
import { rulesDto } from './support/toDto';

/**
 * The county's administrator edits the tags (rename, retire, add), each
 * tag's visit period and the quotas. Households' due dates follow within
 * the timer's next run (`refreshDue`, every 10 minutes).
 */
export const saveVisitRules = defineAction('visits', 'saveVisitRules', {
  access: 'administrators',
  run: async (input, { db, caller }) => {
    const { county } = await staffCounty(db, caller);
    requireRulesAdmin(caller, county._id);
    const current = await loadRules(db, county._id);
    const next = changeVisitRules(current, input);
    if (!(await saveRules(db, next, current.version))) throw new DomainError('CONFLICT', '设置刚被别人改过，请刷新后再改');
    return rulesDto(next, county.name, true);
  },
});
