/**
 * How the H5 build is split (config/h5Chunks.ts), read from the build the
 * browser tests run (globalSetup): no module is shipped in two files, and
 * the home page loads its own chunk and what it shares with other pages,
 * nothing that only other pages use.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readRouteManifest, HOME_ROUTE } from '../../scripts/h5/finishBuild';
import { duplicationIn } from '../../scripts/h5/chunkModules';

const h5Dir = path.resolve(__dirname, '../../dist/h5');

it('ships every module once', () => {
  const { duplicatedModules, worst } = duplicationIn(h5Dir);
  expect({ duplicatedModules, worst }).toEqual({ duplicatedModules: 0, worst: [] });
});

it('loads on the home page its own chunk and the chunk it shares with other pages, not the other pages’ common code', () => {
  const { routes } = readRouteManifest(h5Dir);
  const home = routes[HOME_ROUTE].filter((file) => file.endsWith('.js'));
  expect(home).toHaveLength(2);
  expect(home.filter((file) => path.basename(file).startsWith('home-shared.'))).toHaveLength(1);
  expect(home.some((file) => path.basename(file).startsWith('common.'))).toBe(false);
  // Pages other than home find the small code they share in one chunk.
  const filing = routes['packages/requests/new/index'];
  expect(filing.some((file) => path.basename(file).startsWith('common.'))).toBe(true);
});

// A web component registers itself with customElements.define; Stencil's runtime gives each its shadow root.
const STENCIL_MARKS = ['customElements.define', 'attachShadow'];
const stencilIn = (files: string[]) =>
  files.filter((file) => STENCIL_MARKS.some((mark) => readFileSync(path.join(h5Dir, file), 'utf8').includes(mark)));

it('shows the home page with plain HTML components: neither its files nor the entry carry a web component or Stencil’s runtime', () => {
  // The tab bar is ours (custom-tab-bar/): Taro's taro-tabbar, a Stencil component, no longer comes with the router.
  // The pages that use a Stencil component (Textarea, Picker, Canvas…) load it, and the runtime, with them.
  const { entry, routes } = readRouteManifest(h5Dir);
  const home = routes[HOME_ROUTE].filter((file) => file.endsWith('.js'));
  expect(stencilIn(home)).toEqual([]);
  expect(stencilIn(entry.filter((file) => file.endsWith('.js')))).toEqual([]);
  // Pages with a text box still get Stencil's.
  const filing = routes['packages/requests/new/index'].filter((file) => file.endsWith('.js'));
  expect(stencilIn(filing)).not.toEqual([]);
});

// react-dom's production build names its errors by number and points to react.dev to decode them.
const REACT_DOM_MARK = 'Minified React error #';

it('runs the H5 build on Preact: no file carries react-dom', () => {
  const { entry, routes } = readRouteManifest(h5Dir);
  const files = [...new Set([...entry, ...Object.values(routes).flat()])].filter((file) => file.endsWith('.js'));
  expect(files.length).toBeGreaterThan(10);
  expect(files.filter((file) => readFileSync(path.join(h5Dir, file), 'utf8').includes(REACT_DOM_MARK))).toEqual([]);
});
