import type { User } from '../people/User';
import { DomainError } from '../shared/DomainError';
import type { Department } from './Department';

type Member = Pick<User, 'roles' | 'departmentId'>;

/**
 * A person joins or leaves a department's staff: the role `departmentStaff`
 * and the department they act for come and go together. A person works in
 * one department at a time.
 */
export function departmentMembership(person: Member, department: Pick<Department, '_id'>, member: boolean): Required<Member> {
  const current = person.departmentId ?? null;
  const others = person.roles.filter((role) => role !== 'departmentStaff');
  if (!member) {
    if (current !== department._id) throw new DomainError('INVALID_INPUT', '此人不是这个部门的工作人员');
    return { roles: others, departmentId: null };
  }
  if (current === department._id) return { roles: person.roles, departmentId: current };
  if (current !== null) throw new DomainError('INVALID_INPUT', '此人已是另一个部门的工作人员，请先从那个部门移出');
  return { roles: [...others, 'departmentStaff'], departmentId: department._id };
}
