import path from 'node:path';
import type { Chunk, ChunkGraph, Module } from 'webpack';

/**
 * How the H5 build splits its code (webpack splitChunks). Taro's default
 * splits only the initial chunks, so each of the 33 pages, loaded with
 * import(), carried its own copy of everything it used (taro-ui, Taro's
 * components, the service clients…): 3.7 MB of code shipped more than once.
 * Here every chunk is split, and a module several pages use ships once:
 * - what the home page shares with other pages goes into one chunk
 *   (`home-shared`) that the home page loads beside its own: the first
 *   screen waits on two page files, and every later page finds it cached;
 * - small modules other pages share (a hook, a component, an area's
 *   words, a taro-ui component, a Babel helper: each too small to be worth
 *   a request of its own, so once copied into every page that used it,
 *   148 KB in all) go into one `common` chunk that pages other than home
 *   load, then keep cached;
 * - larger code shared by other pages goes into chunks keyed by exactly
 *   which pages use it, so a page downloads only what it uses.
 * A chunk unchanged by a deploy keeps its name (content hash) and stays in
 * the phone's cache.
 */

/** The home page's `import()` as Taro's entry loader writes it (config/h5RouteManifest.ts reads the same). */
const HOME_PAGE_REQUEST = './pages/index/index';

/** Whether loading the home page loads this chunk. */
function loadedByHome(chunk: Chunk): boolean {
  for (const group of chunk.groupsIterable) {
    if (group.origins.some((origin) => origin.request === HOME_PAGE_REQUEST)) return true;
  }
  return false;
}

interface SplitContext {
  chunkGraph: ChunkGraph;
}

function chunksOf(module: Module, { chunkGraph }: SplitContext): Chunk[] {
  return [...chunkGraph.getModuleChunksIterable(module)];
}

const SOURCE_ROOT = path.resolve(__dirname, '..', 'src') + path.sep;

/**
 * At most this big (source bytes), a module shared by pages other than home
 * goes to `common`: the app's own (most pages use its hooks, components and
 * words), and a library's only when tiny (a Babel helper, a taro-ui icon):
 * larger library components are used by a few pages each and would make
 * every page download them; they go to the chunks of the pages that use them.
 */
export const SMALL_APP_MODULE_BYTES = 16 * 1024;
export const SMALL_LIBRARY_MODULE_BYTES = 4 * 1024;

function isSmall(module: Module): boolean {
  const own = module.nameForCondition()?.startsWith(SOURCE_ROOT) ?? false;
  return module.size() <= (own ? SMALL_APP_MODULE_BYTES : SMALL_LIBRARY_MODULE_BYTES);
}

/** A small module shared by pages other than home. */
export function sharedSmallModule(module: Module, context: SplitContext): boolean {
  return isSmall(module) && chunksOf(module, context).length > 1 && !sharedWithHome(module, context);
}

/** Used by the home page and by another page. */
export function sharedWithHome(module: Module, context: SplitContext): boolean {
  const chunks = chunksOf(module, context);
  return chunks.length > 1 && chunks.some(loadedByHome);
}

export const h5SplitChunks = {
  chunks: 'all' as const,
  // Shared pieces smaller than this get no chunk of their own: a request costs a rural round trip.
  minSize: 10 * 1024,
  maxAsyncRequests: 10,
  maxInitialRequests: 6,
  cacheGroups: {
    default: false as const,
    defaultVendors: false as const,
    // What every page runs on, loaded once with the app: Preact (React's API on H5, config/index.ts), Taro's runtime, router and component runtime
    // (Stencil's runtime only for Taro's H5 tab bar, a web component the router adds: our pages' components are
    // plain HTML ones, src/h5/components, and a Stencil component a page uses ships with that page).
    framework: {
      test: /[\\/]node_modules[\\/](react|react-dom|scheduler|preact|@tarojs|@stencil)[\\/]/,
      chunks: 'initial' as const,
      name: 'framework',
      priority: 40,
      enforce: true,
    },
    // What the home page shares with other pages, whatever its size: one file beside the home page's own.
    homeShared: {
      test: sharedWithHome,
      chunks: 'async' as const,
      name: 'home-shared',
      priority: 30,
      enforce: true,
    },
    // Small modules shared by other pages: one copy for all of them, not one per page.
    // Before `shared`: a module taken by a chunk of some of its pages would stay copied in the rest.
    common: {
      test: sharedSmallModule,
      chunks: 'async' as const,
      name: 'common',
      priority: 20,
      enforce: true,
    },
    // Used by two pages or more: one copy, in a chunk per set of pages that use it.
    shared: {
      minChunks: 2,
      priority: 10,
      reuseExistingChunk: true,
    },
  },
};
