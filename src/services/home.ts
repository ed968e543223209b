import type { HomeDto } from '@contract';
import { callCloud } from './cloud';
import { keepUploadToken, uploadTokenGeneration } from './storage';

/** Everything the home page shows: the profile and the card of the home grid (null until a grid is chosen). */
export type HomeData = HomeDto;

/** 首页's data in one call (users.home), so a weak network pays one round trip, not two in a row; keeps the upload token it carries. */
export function loadHome(): Promise<HomeData> {
  const asOf = uploadTokenGeneration();
  return callCloud('users', 'home', {}).then((home) => {
    keepUploadToken(home.profile.uploadToken, asOf);
    return home;
  });
}
