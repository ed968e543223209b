import { departmentVersion } from '../../../domain/departments/saveDepartment';
import type { DepartmentDto } from '../../../contract/admin';
import type { Department } from '../../../domain/departments/Department';
import type { DepartmentMember } from '../../../shared/departmentStore';
import { toAdminPersonDto } from './personDto';

/** A department as administrators see it, with its staff by name. */
export function toDepartmentDto(department: Department, members: DepartmentMember[]): DepartmentDto {
  return {
    id: department._id,
    name: department.name,
    level: department.level,
    place: { id: department.placeId, name: department.placeName, level: department.level },
    categoryIds: department.categoryIds,
    active: department.active,
    version: departmentVersion(department),
    staff: members
      .filter((person) => person.departmentId === department._id)
      .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))
      .map(toAdminPersonDto),
  };
}
