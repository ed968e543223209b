/**
 * How the H5 build splits its code (webpack splitChunks). Taro's default
 * splits only the initial chunks, so each of the 33 pages, loaded with
 * import(), carried its own copy of everything it used (taro-ui, Taro's
 * components, the service clients…): 3.7 MB of code shipped more than once.
 * Here every chunk is split: what several pages use goes into shared chunks
 * keyed by exactly which pages use it, so a page downloads only what it
 * uses, once, in parallel with its own chunk, and a chunk unchanged by a
 * deploy keeps its name (content hash) and stays in the phone's cache.
 */
export const h5SplitChunks = {
  chunks: 'all' as const,
  // Smaller shared pieces stay in the pages that use them: a request costs a rural round trip.
  minSize: 10 * 1024,
  maxAsyncRequests: 10,
  maxInitialRequests: 6,
  cacheGroups: {
    default: false as const,
    defaultVendors: false as const,
    // What every page runs on, loaded once with the app: React, Taro's runtime, router and component runtime.
    framework: {
      test: /[\\/]node_modules[\\/](react|react-dom|scheduler|@tarojs|@stencil)[\\/]/,
      chunks: 'initial' as const,
      name: 'framework',
      priority: 40,
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
