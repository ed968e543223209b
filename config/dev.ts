import type { UserConfigExport } from '@tarojs/cli';
import { aliasOurH5Components } from './h5Components';
import { leaveOutTaroTabBar } from './h5TabBar';

/**
 * Development builds (`NODE_ENV=development`, e.g. `taro build --type h5 --watch`).
 * The H5 dev server forwards the local cloud runtime's routes so the app can
 * use relative URLs (`/cloud/<fn>`, `/dev/users`) in every setting.
 * LOCALCLOUD_URL points at the runtime started from localcloud/.
 */
const localCloud = process.env.LOCALCLOUD_URL || 'http://127.0.0.1:10086';

export default {
  logger: { quiet: false, stats: true },
  mini: {},
  h5: {
    webpackChain(chain) {
      aliasOurH5Components(chain);
      leaveOutTaroTabBar(chain);
    },
    devServer: {
      proxy: [{ context: ['/cloud', '/dev'], target: localCloud, changeOrigin: true }],
    },
  },
} satisfies UserConfigExport<'webpack5'>;
