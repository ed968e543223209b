import path from 'node:path';
import type Chain from 'webpack-chain';

const SOURCE_ROOT = path.resolve(__dirname, '..', 'src');

/** The H5 build's component library for our code (see src/h5/components/index.ts). */
export const H5_COMPONENTS = path.join(SOURCE_ROOT, 'h5', 'components', 'index.ts');

/**
 * `import … from '@tarojs/components'` in `src/` resolves to our H5 component
 * library. Only there: Taro's own packages (the HTML components themselves
 * import `@tarojs/components`) keep Taro's alias, so nothing imports itself.
 */
export function aliasOurH5Components(chain: Chain): void {
  chain.module.rule('h5Components').include.add(SOURCE_ROOT).end().resolve.alias.set('@tarojs/components$', H5_COMPONENTS);
  // Like Taro's own libraries, the folder runs nothing on import: a chunk gets only
  // the components it uses (the app's entry imports one, PullDownRefresh), not all.
  chain.module.rule('h5ComponentsPure').include.add(path.dirname(H5_COMPONENTS)).end().set('sideEffects', false);
}
