import { defineAction } from '../../shared/defineAction';
import { staffCounty } from './support/places';
import { loadRules } from './support/store';
import { rulesDto } from './support/toDto';

/** The county's household tags, their visit periods and the quotas; editable by the county's administrator. */
export const visitRules = defineAction('visits', 'visitRules', {
  access: 'staff',
  run: async (_input, { db, caller }) => {
    const { county } = await staffCounty(db, caller);
    const rules = await loadRules(db, county._id);
    return rulesDto(rules, county.name, caller.roles.includes('admin') && caller.staffScopeId === county._id);
  },
});
