import type { ProfileDto } from '../../../contract/users';
import type { PlaceChain } from '../../../domain/jurisdiction/placeChain';
import type { User } from '../../../domain/people/User';
import { toPlaceDto } from '../../../shared/loadPlaceChain';
import { uploadToken } from '../../../shared/uploadFolder';

/** The profile of the WeChat account `openid` (`user` its record, null on a first visit). */
export function toProfileDto(openid: string, user: User | null, home: PlaceChain | null): ProfileDto {
  return {
    registered: user !== null,
    name: user && user.name ? user.name : null,
    roles: user ? user.roles : [],
    homeGrid: home ? { grid: toPlaceDto(home.grid), village: toPlaceDto(home.village), township: toPlaceDto(home.township) } : null,
    elderMode: user ? user.elderMode : false,
    elderModeSetAt: user?.elderModeSetAt ? user.elderModeSetAt.getTime() : null,
    phone: user && user.phone ? user.phone : null,
    contactPhone: user && user.contactPhone ? user.contactPhone : null,
    uploadToken: uploadToken(openid),
  };
}
