// miniprogram-ci ships no types for its internals; the callers cast what they read to the shape they check.
declare module 'miniprogram-ci/dist/modules/corecompiler/original/json/app/index.js' {
  const value: unknown;
  export = value;
}
declare module 'miniprogram-ci/dist/schema/dist/app.js' {
  const value: unknown;
  export = value;
}
