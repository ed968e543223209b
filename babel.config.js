// babel-preset-taro options: https://docs.taro.zone/docs/next/babel-config
module.exports = {
  // Smaller ES5 for both builds (the weapp's main package is measured against a hello-world, issue 15),
  // assuming what this code never does: objects that answer a type hint in Symbol.toPrimitive (template
  // literals join with +), `document.all` (?? and ?. test only null and undefined), breaking out of a for-of
  // over a generator that must be closed, spreading an object whose own key is `__proto__` or into one with
  // setters (object spread assigns, as Object.assign does). See docs/ARCHITECTURE.md.
  assumptions: { ignoreToPrimitiveHint: true, noDocumentAll: true, skipForOfIteratorClosing: true, setSpreadProperties: true },
  presets: [
    [
      'taro',
      {
        // As config/index.ts: Preact on H5, React on the weapp.
        framework: process.env.TARO_ENV === 'h5' ? 'preact' : 'react',
        ts: true,
        compiler: 'webpack5',
        // No hot reload (config/index.ts h5.devServer.hot): a development H5 build on Preact would need @prefresh/babel-plugin.
        hot: false,
      },
    ],
  ],
};
