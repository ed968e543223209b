import type { UserConfigExport } from '@tarojs/cli';
import { h5SplitChunks } from './h5Chunks';
import { aliasOurH5Components } from './h5Components';
import { leaveOutTaroTabBar } from './h5TabBar';
import { H5RouteManifestPlugin } from './h5RouteManifest';
import { MinifyWxmlPlugin } from './minifyWxml';
import { WebpackStatsPlugin } from './webpackStats';
import { writeUtf8 } from './weappUtf8';

/**
 * Production builds (`NODE_ENV=production`): Taro minifies JS (terser) and
 * CSS (csso) by default; the templates (.wxml) are minified here, not with
 * Taro's `minifyXML` (see minifyWxml.ts). WeChat's code-quality check asks
 * for all three (scripts/weapp/checkWeapp.ts also checks the output is).
 */
export default {
  mini: {
    webpackChain(chain) {
      chain.plugin('minifyWxml').use(MinifyWxmlPlugin);
      writeUtf8(chain);
      if (process.env.WEAPP_STATS) chain.plugin('webpackStats').use(WebpackStatsPlugin, [process.env.WEAPP_STATS]);
    },
  },
  h5: {
    webpackChain(chain) {
      aliasOurH5Components(chain);
      leaveOutTaroTabBar(chain);
      chain.optimization.splitChunks(h5SplitChunks);
      chain.plugin('routeManifest').use(H5RouteManifestPlugin);
      if (process.env.H5_STATS) chain.plugin('webpackStats').use(WebpackStatsPlugin, [process.env.H5_STATS]);
    },
  },
} satisfies UserConfigExport<'webpack5'>;
