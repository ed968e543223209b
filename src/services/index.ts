/**
 * The one client module pages talk to. Pages never touch transports,
 * wx.cloud or fetch; they call `api.<area>.<action>()` and render the result.
 */
import * as grids from './grids';
import * as ledger from './ledger';
import * as home from './home';
import * as posts from './posts';
import * as requests from './requests';
import * as servicedays from './servicedays';
import * as storage from './storage';
import * as subscribe from './subscribe';
import * as users from './users';
// Issue 6, console.
import * as messages from './messages';
import * as dashboard from './dashboard';
import * as admin from './admin';
import * as visits from './visits';

export const api = { users, grids, home, posts, requests, servicedays, storage, subscribe, messages, dashboard, ledger, admin, visits };

export { CloudError, isCloudError } from './errors';
export type { CloudErrorCode } from './errors';
export type { HomeData } from './home';
