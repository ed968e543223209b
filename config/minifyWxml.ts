import type { Compiler } from 'webpack';

/**
 * Minifies the weapp build's templates (.wxml) by removing the line breaks
 * and indentation between tags. Taro's own `minifyXML` runs html-minifier,
 * which treats `<input>` as an HTML void element and drops its `</input>`:
 * WeChat's template compiler then fails ("expect end-tag `input`"). Taro's
 * templates hold no text between tags (every text is a `{{…}}` binding inside
 * one), so whitespace that spans a line break between two tags carries
 * nothing.
 */
export function minifyWxml(source: string): string {
  return source.replace(/>\s*\n\s*</g, '><').trim();
}

export class MinifyWxmlPlugin {
  apply(compiler: Compiler): void {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('MinifyWxmlPlugin', (compilation) => {
      // After Taro has written its templates (PROCESS_ASSETS_STAGE_ADDITIONAL) and optimised them.
      compilation.hooks.processAssets.tap({ name: 'MinifyWxmlPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE }, (assets) => {
        for (const name of Object.keys(assets)) {
          if (!name.endsWith('.wxml')) continue;
          compilation.updateAsset(name, new sources.RawSource(minifyWxml(assets[name].source().toString())));
        }
      });
    });
  }
}
