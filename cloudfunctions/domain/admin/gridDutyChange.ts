import type { JurisdictionNode } from '../jurisdiction/JurisdictionNode';
import type { GridDuty, User } from '../people/User';
import { withGridDuty } from '../roster/withGridDuty';
import { DomainError } from '../shared/DomainError';
import { requireAdminOver } from './requireAdminOver';

/**
 * A person's duty in a grid set, replaced, or (duty null) ended, by an
 * administrator holding the grid. Categories must be known ones; without
 * any duty left the person is no longer a grid member.
 */
export function gridDutyChange(
  caller: Pick<User, 'roles' | 'staffScopeId'>,
  person: User,
  grid: JurisdictionNode | null,
  knownCategoryIds: string[],
  duty: Omit<GridDuty, 'gridId'> | null,
): User {
  requireAdminOver(caller, grid);
  if (grid!.level !== 'grid') throw new DomainError('INVALID_INPUT', '职责只能设在网格上', [{ path: 'gridId', message: '请选择一个网格' }]);
  if (duty) {
    const unknown = duty.categoryIds.filter((id) => !knownCategoryIds.includes(id));
    if (unknown.length)
      throw new DomainError('INVALID_INPUT', undefined, [{ path: 'duty.categoryIds', message: `没有这些职责类别：${unknown.join('、')}` }]);
    return withGridDuty(person, {
      gridId: grid!._id,
      title: duty.title,
      categoryIds: [...new Set(duty.categoryIds)],
      firstResponsible: duty.firstResponsible,
    });
  }
  const gridDuties = person.gridDuties.filter((held) => held.gridId !== grid!._id);
  const roles = gridDuties.length ? person.roles : person.roles.filter((role) => role !== 'gridMember');
  return { ...person, roles, gridDuties };
}
