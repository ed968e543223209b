import { requireAdminOver } from '../admin/requireAdminOver';
import { placeIdsOf } from '../admin/peopleWithin';
import { isWithinScope } from '../jurisdiction/isWithinScope';
import type { JurisdictionNode } from '../jurisdiction/JurisdictionNode';
import type { User } from '../people/User';
import { DomainError } from '../shared/DomainError';
import type { Department } from './Department';
import { departmentMembership } from './departmentMembership';

type Place = Pick<JurisdictionNode, '_id' | 'ancestorIds'>;

/** What the decision reads besides the caller and the person. */
export interface MemberChangeContext {
  department: Department;
  /** The department's county or township (null: missing, refused). */
  departmentPlace: Place | null;
  /** The places that tie the person to a jurisdiction (home grid, staff scope, grids served), as found. */
  personPlaces: Place[];
  /** The department the person works in now, when another, with its place (null when it is gone). */
  currentDepartment: { department: Pick<Department, '_id' | 'name'>; place: Place | null } | null;
  /** The administrator asked to move the person from their current department. */
  move: boolean;
}

/**
 * An administrator makes a person staff of a department or ends it. The
 * department must be within the administrator's jurisdiction, and so must
 * the person joining: someone registered (a name and a role) who lives,
 * serves or is staff there. A person in another department is moved only
 * when asked, and only by an administrator over that department too.
 * Returns the person as they are after; a refusal changes nothing.
 */
export function departmentMemberChange(
  caller: Pick<User, 'roles' | 'staffScopeId'>,
  person: User,
  member: boolean,
  context: MemberChangeContext,
): User {
  const { department } = context;
  requireAdminOver(caller, context.departmentPlace);
  if (!member) return { ...person, ...departmentMembership(person, department, false) };
  if (!department.active) throw new DomainError('INVALID_INPUT', '这个部门已停用，不能再添加工作人员');
  if (person.roles.length === 0 || person.name.trim() === '') {
    throw new DomainError('NOT_REGISTERED', '此人还没有在小程序里登记姓名，请让他先登记，或用花名册导入');
  }
  const scopeId = caller.staffScopeId ?? '';
  const ids = placeIdsOf(person);
  if (!context.personPlaces.some((place) => ids.includes(place._id) && isWithinScope(place, scopeId))) {
    throw new DomainError('OUT_OF_JURISDICTION', '此人不在您管理的范围内（住址、管理范围和服务的网格都不在），不能加为部门工作人员');
  }
  const current = context.currentDepartment;
  if (current && current.department._id !== department._id) {
    if (!context.move) {
      throw new DomainError('IN_ANOTHER_DEPARTMENT', `此人已是${current.department.name}的工作人员；要调到${department.name}，请确认调动`);
    }
    // Taking someone from a department the administrator does not hold is not theirs to do.
    if (current.place) requireAdminOver(caller, current.place);
    return { ...person, ...departmentMembership({ ...person, departmentId: null }, department, true) };
  }
  return { ...person, ...departmentMembership(person, department, true) };
}
