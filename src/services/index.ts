/**
 * The one client module pages talk to. Pages never touch transports,
 * wx.cloud or fetch; they call `api.<area>.<action>()` and render the result.
 */
import * as grids from './grids';
import * as home from './home';
import * as posts from './posts';
import * as servicedays from './servicedays';
import * as users from './users';

export const api = { users, grids, home, posts, servicedays };

export { CloudError, isCloudError } from './errors';
export type { CloudErrorCode } from './errors';
export type { HomeData } from './home';
export { uploadPhoto } from './upload';
