// mingo publishes `mingo/core` and `mingo/lazy` through package.json "exports",
// which the "node" module resolution of tsconfig.node.json does not read; Node
// resolves them at run time, and their types are in mingo/types.
declare module 'mingo/core' {
  export * from 'mingo/types/core';
}
declare module 'mingo/lazy' {
  export * from 'mingo/types/lazy';
}
