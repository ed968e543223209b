import type { Department } from '../domain/departments/Department';
import type { User } from '../domain/people/User';
import type { Database } from './cloud';
import { COLLECTIONS } from './collections';
import { findById } from './findById';
import { readDocs } from './readDocs';

/**
 * Departments (县直部门, 乡镇站所) and their staff: edited by the admin
 * function, read by the requests function when a township assigns one.
 */

export function findDepartment(db: Database, id: string): Promise<Department | null> {
  return findById<Department>(db, COLLECTIONS.departments, id);
}

/** The departments of these places (a county and a township: a few tens), without their edit history. */
export function departmentsOf(db: Database, placeIds: string[]): Promise<Department[]> {
  if (placeIds.length === 0) return Promise.resolve([]);
  return readDocs<Department>(
    db
      .collection(COLLECTIONS.departments)
      .where({ placeId: db.command.in(placeIds) })
      .field({ history: false })
      .limit(200),
  );
}

export type DepartmentMember = Pick<User, '_id' | 'name' | 'phone' | 'roles' | 'departmentId' | 'version'>;

/** The staff of these departments (a department has a handful). */
export function departmentMembers(db: Database, departmentIds: string[]): Promise<DepartmentMember[]> {
  if (departmentIds.length === 0) return Promise.resolve([]);
  return readDocs<DepartmentMember>(
    db
      .collection(COLLECTIONS.users)
      .where({ departmentId: db.command.in(departmentIds) })
      .field({ _id: true, name: true, phone: true, roles: true, departmentId: true, version: true })
      .limit(1000),
  );
}
