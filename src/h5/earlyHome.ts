import type { ActionEvent, RequestOf } from '@contract';
import { startEarly } from '@/services/transport/h5';

/** Where the home page opens: `/` (app.config's first page) or its own path. */
const HOME_PATHS = ['/', '/pages/index/index'];

/** The home's one call, as services/home.ts `loadHome` sends it (users.home, nothing in the payload). */
const HOME_CALL: ActionEvent<'home', RequestOf<'users', 'home'>> = { action: 'home', payload: {} };

/**
 * Opening on the home page, its data is asked for as soon as the app's entry
 * runs, not once the router has loaded and drawn the page: on a rural link the
 * answer is then on its way while the page's code starts (one call all the same).
 */
export function startHomeCallEarly(pathname: string): void {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (HOME_PATHS.includes(path)) startEarly('users', HOME_CALL);
}
