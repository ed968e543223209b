import type { ActionEvent, RequestOf } from '@contract';
import { adoptEarly, startEarly } from '@/services/transport/h5';
import { EARLY_HOME_GLOBAL, HOME_EVENT, HOME_FUNCTION, opensHome, type EarlyHomeCall } from './earlyHomeCall';

/** The home's one call, as services/home.ts `loadHome` sends it (checked against the contract here). */
const HOME_CALL: ActionEvent<'home', RequestOf<'users', 'home'>> = HOME_EVENT;

type WithEarlyCall = Record<typeof EARLY_HOME_GLOBAL, EarlyHomeCall | undefined>;

/**
 * Opening on the home page, its data is asked for before the app's code has
 * loaded: index.html's first script sends the call (scripts/h5/earlyHomeScript.ts)
 * and the entry hands it to the transport; without it (an index.html from
 * before, a script that failed) the entry sends the call itself. On a rural
 * link the answer is then back while the page's code starts (one call all
 * the same); the page's first `loadHome()` takes it.
 */
export function startHomeCallEarly(pathname: string): void {
  if (!opensHome(pathname)) return;
  const holder = window as unknown as WithEarlyCall;
  const sent = holder[EARLY_HOME_GLOBAL];
  holder[EARLY_HOME_GLOBAL] = undefined;
  if (sent) adoptEarly(HOME_FUNCTION, HOME_CALL, sent.openid, sent.response);
  else startEarly(HOME_FUNCTION, HOME_CALL);
}
