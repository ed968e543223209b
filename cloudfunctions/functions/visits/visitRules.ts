import { DomainError } from '../../domain/shared/DomainError';
import { defineAction } from '../../shared/defineAction';
import { STAFF } from './support/audiences';
import { chainOf, countyOfChain, loadPlace } from './support/places';
import { loadRules } from './support/store';
import { rulesDto } from './support/toDto';

/** The county's household tags, their visit periods and the quotas; editable by the county's administrator. */
export const visitRules = defineAction('visits', 'visitRules', {
  access: STAFF,
  run: async (_input, { db, caller }) => {
    if (!caller.staffScopeId) throw new DomainError('OUT_OF_JURISDICTION');
    const scope = await loadPlace(db, caller.staffScopeId);
    const countyId = countyOfChain(chainOf(scope));
    const county = countyId === scope._id ? scope : await loadPlace(db, countyId);
    const rules = await loadRules(db, countyId);
    return rulesDto(rules, county.name, caller.roles.includes('admin') && caller.staffScopeId === countyId);
  },
});
