import type { AdminPersonDto } from '../../../contract/admin';
import { personVersion } from '../../../domain/people/personVersion';
import type { User } from '../../../domain/people/User';

export function toAdminPersonDto(person: Pick<User, '_id' | 'name' | 'phone' | 'roles' | 'version'>): AdminPersonDto {
  return { id: person._id, name: person.name, phone: person.phone, roles: person.roles, version: personVersion(person) };
}
