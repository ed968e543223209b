import type { Category } from '../catalog/Category';
import type { PlaceChain } from '../jurisdiction/placeChain';
import type { User } from '../people/User';

/** One person on the card and how to reach them. */
export interface Contact {
  name: string;
  /** What the person does for this grid, e.g. 网格长、调解员. */
  title: string;
  /** The names of the categories of requests they take. */
  duties: string[];
  phone: string;
  firstResponsible: boolean;
  /** Where the contact sits: the grid itself, or the village when the grid has nobody. */
  level: 'grid' | 'village';
}

/** What the card reads of a person. */
export type CardPerson = Pick<User, 'name' | 'phone' | 'gridDuties' | 'nodeDuties'>;

export interface ContactCard {
  chain: PlaceChain;
  contacts: Contact[];
}

/**
 * 便民联系卡 of a grid: its grid members, the first responsible person first.
 * A card is never empty: when a grid has no member yet, the village's
 * first responsible people are shown, because a resident must always have
 * someone to call.
 */
export function buildContactCard(
  chain: PlaceChain,
  gridMembers: readonly CardPerson[],
  villageCadres: readonly CardPerson[],
  categories: Category[],
): ContactCard {
  const categoryName = new Map(categories.map((category) => [category._id, category.name]));
  const gridId = chain.grid._id;
  const contacts: Contact[] = [];
  for (const member of gridMembers) {
    for (const duty of member.gridDuties) {
      if (duty.gridId !== gridId) continue;
      contacts.push({
        name: member.name,
        title: duty.title,
        duties: duty.categoryIds.map((id) => categoryName.get(id)).filter((name): name is string => Boolean(name)),
        phone: member.phone,
        firstResponsible: duty.firstResponsible,
        level: 'grid',
      });
    }
  }
  if (contacts.length === 0) {
    for (const cadre of villageCadres) {
      for (const duty of cadre.nodeDuties) {
        if (duty.nodeId !== chain.village._id || !duty.firstResponsible) continue;
        contacts.push({
          name: cadre.name,
          title: duty.title,
          duties: [],
          phone: cadre.phone,
          firstResponsible: true,
          level: 'village',
        });
      }
    }
  }
  contacts.sort((a, b) => Number(b.firstResponsible) - Number(a.firstResponsible) || a.title.localeCompare(b.title, 'zh-CN'));
  return { chain, contacts };
}
