import { DomainError } from '../../domain/shared/DomainError';
import { requireRulesAdmin } from '../../domain/visits/access';
import { changeVisitRules, RULES_CHANGED_MEANWHILE } from '../../domain/visits/VisitRules';
import { defineAction } from '../../shared/defineAction';
import { staffCounty } from './support/places';
import { loadRules, saveRules } from './support/store';
import { rulesDto } from './support/toDto';

/**
 * The county's administrator edits the tags (rename, retire, add), each
 * tag's visit period and the quotas, on the version the editor was opened
 * at (written only over that version: another administrator's save
 * meanwhile is a CONFLICT). Households' due dates follow within the
 * timer's next run (`refreshDue`, every 10 minutes).
 */
export const saveVisitRules = defineAction('visits', 'saveVisitRules', {
  access: 'administrators',
  run: async (input, { db, caller }) => {
    const { county } = await staffCounty(db, caller);
    requireRulesAdmin(caller, county._id);
    const current = await loadRules(db, county._id);
    const next = changeVisitRules(current, input);
    if (!(await saveRules(db, next, input.version))) throw new DomainError('CONFLICT', RULES_CHANGED_MEANWHILE);
    return rulesDto(next, county.name, true);
  },
});
