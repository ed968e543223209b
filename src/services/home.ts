import type { ContactCardDto, ProfileDto } from '@contract';
import { getContactCard } from './grids';
import { getMe } from './users';

export interface HomeData {
  profile: ProfileDto;
  /** The home grid's 便民联系卡; null until the person has chosen a grid. */
  card: ContactCardDto | null;
}

/** Everything the home page shows: the profile, then the card of the home grid. */
export async function loadHome(): Promise<HomeData> {
  const profile = await getMe();
  if (!profile.homeGrid) return { profile, card: null };
  const card = await getContactCard(profile.homeGrid.grid.id);
  return { profile, card };
}
