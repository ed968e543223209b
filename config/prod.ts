import type { UserConfigExport } from '@tarojs/cli';
import { MinifyWxmlPlugin } from './minifyWxml';
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
    },
  },
  h5: {},
} satisfies UserConfigExport<'webpack5'>;
