import type { ContactCardDto, ContactDto } from '../../../contract/grids';
import type { Contact, ContactCard } from '../../../domain/grids/buildContactCard';
import { toPlaceDto } from '../../../shared/loadPlaceChain';

function toContactDto(contact: Contact): ContactDto {
  const { name, title, duties, phone, firstResponsible, level } = contact;
  return { name, title, duties: [...duties], phone, firstResponsible, level };
}

export function toContactCardDto(card: ContactCard): ContactCardDto {
  return {
    grid: toPlaceDto(card.chain.grid),
    village: toPlaceDto(card.chain.village),
    township: toPlaceDto(card.chain.township),
    contacts: card.contacts.map(toContactDto),
  };
}
