import type { ProfileDto } from '../../../contract/users';
import type { User } from '../../../domain/people/User';
import type { Database } from '../../../shared/cloud';
import { loadPlaceChain } from '../../../shared/loadPlaceChain';
import { toProfileDto } from './toProfileDto';

export async function loadProfile(db: Database, openid: string, user: User | null): Promise<ProfileDto> {
  const home = user?.homeGridId ? await loadPlaceChain(db, user.homeGridId) : null;
  return toProfileDto(openid, user, home);
}
