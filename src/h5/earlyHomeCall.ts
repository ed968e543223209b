/**
 * The home's one call as the H5 build sends it before any of the app's code
 * has arrived: index.html's first script (scripts/h5/earlyHomeScript.ts, added
 * by finishBuild) sends it, the entry hands it to the transport
 * (earlyHome.ts), and the page's first load takes its answer. Plain values
 * only: the build's node scripts read them too.
 */

/** Where the home page opens: `/` (app.config's first page) or its own path. */
export const HOME_PATHS = ['/', '/pages/index/index'];

/** services/home.ts `loadHome`: users.home, nothing in the payload. */
export const HOME_FUNCTION = 'users';
export const HOME_EVENT = { action: 'home' as const, payload: {} };

/** services/devIdentity.ts's storage key (Taro keeps `{ data }` under it in localStorage). */
export const DEV_OPENID_KEY = 'gt.devOpenid';

/** As the H5 transport: give up on a call after this long. */
export const CALL_TIMEOUT_MS = 15000;

/** Where index.html's script leaves the call: the identity it was sent for, and the response. */
export const EARLY_HOME_GLOBAL = '__gtEarlyHome';

export interface EarlyHomeCall {
  openid: string | null;
  response: Promise<Response>;
}

/** Whether `pathname` opens the home page (a trailing slash too). */
export function opensHome(pathname: string): boolean {
  return HOME_PATHS.includes(pathname.replace(/\/+$/, '') || '/');
}
