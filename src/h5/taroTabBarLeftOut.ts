/**
 * In the H5 build, Taro's router imports its tab bar's web component from here
 * instead of from @tarojs/components (config/h5TabBar.ts): the app has its own
 * bar (app.config's `tabBar.custom`, drawn by each tab page's PageShell), and
 * the router defines Taro's only for a bar that is not custom. Leaving it out
 * keeps the Stencil runtime out of the code every page waits for. Should a
 * Taro update call it after all, the failure says why instead of drawing
 * nothing.
 */
export function defineCustomElementTaroTabbar(): never {
  throw new Error('Taro tab bar left out of the H5 build (config/h5TabBar.ts): app.config tabBar must stay custom');
}
