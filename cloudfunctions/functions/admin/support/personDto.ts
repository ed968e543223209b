import type { AdminPersonDto } from '../../../contract/admin';
import type { User } from '../../../domain/people/User';

export function toAdminPersonDto(person: User): AdminPersonDto {
  return { id: person._id, name: person.name, phone: person.phone, roles: person.roles };
}
