import type { ContactCardDto, ContactDto } from '../contract/grids';
import type { Category } from '../domain/catalog/Category';
import { buildContactCard, type CardPerson, type Contact, type ContactCard } from '../domain/grids/buildContactCard';
import type { JurisdictionNode } from '../domain/jurisdiction/JurisdictionNode';
import { placeChain, type PlaceChain } from '../domain/jurisdiction/placeChain';
import type { User } from '../domain/people/User';
import type { Database } from './cloud';
import { COLLECTIONS } from './collections';
import { toPlaceDto } from './loadPlaceChain';
import { readDocs } from './readDocs';

/** The fields of a person the card reads (a person's record holds much more). */
type Server = CardPerson & Pick<User, '_id'>;

/** The grid's node with what the card joins to it. */
interface CardRow extends JurisdictionNode {
  ancestors: JurisdictionNode[];
  /** People with a duty in the grid. */
  members: Server[];
  /** People with a duty in the grid's village (shown when the grid has nobody yet). */
  cadres: Server[];
}

/** The people fields both joins keep. */
const SERVER_FIELDS = ['_id', 'name', 'phone', 'gridDuties', 'nodeDuties'] as const;

function serverProjection(as: string): Record<string, 1> {
  return Object.fromEntries(SERVER_FIELDS.map((field) => [`${as}.${field}`, 1]));
}

/**
 * The grid, its ancestors, its grid members and its village's cadres in one
 * aggregate from the grid's node (the joins use the indexes on
 * `gridDuties.gridId`, `nodeDuties.nodeId` and `_id`). Null when there is no
 * such grid.
 */
async function loadCardRow(db: Database, gridId: string): Promise<CardRow | null> {
  const { list } = (await db
    .collection(COLLECTIONS.nodes)
    .aggregate()
    .match({ _id: gridId, level: 'grid' })
    .lookup({ from: COLLECTIONS.nodes, localField: 'ancestorIds', foreignField: '_id', as: 'ancestors' })
    .lookup({ from: COLLECTIONS.users, localField: '_id', foreignField: 'gridDuties.gridId', as: 'members' })
    .lookup({ from: COLLECTIONS.users, localField: 'parentId', foreignField: 'nodeDuties.nodeId', as: 'cadres' })
    .project({
      level: 1,
      name: 1,
      parentId: 1,
      ancestorIds: 1,
      order: 1,
      ancestors: 1,
      ...serverProjection('members'),
      ...serverProjection('cadres'),
    })
    .limit(1)
    .end()) as { list: CardRow[] };
  return list[0] ?? null;
}

function allCategories(db: Database): Promise<Category[]> {
  return readDocs<Category>(db.collection(COLLECTIONS.categories).limit(100));
}

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

export interface LoadedCard {
  chain: PlaceChain;
  card: ContactCardDto;
}

/**
 * 便民联系卡 of a grid with the grid's place chain, in two database actions
 * sent together: the aggregate above and the categories (whose names the
 * duties show). Used by grids.contactCard and users.home. Null when the grid
 * does not exist.
 */
export async function loadContactCard(db: Database, gridId: string): Promise<LoadedCard | null> {
  const [row, categories] = await Promise.all([loadCardRow(db, gridId), allCategories(db)]);
  if (!row) return null;
  const { ancestors, members, cadres, ...grid } = row;
  const chain = placeChain(grid, ancestors);
  const card = buildContactCard(chain, members, cadres, categories);
  return { chain, card: toContactCardDto(card) };
}
