import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Compilation, Compiler } from 'webpack';

/**
 * What the H5 build's post-build step (scripts/h5/finishBuild.ts) needs to
 * know that only webpack knows: the files the app loads first, and for each
 * page route the files its `import()` loads. Written beside the output
 * folder (not served), as `<output>-routes.json`.
 */
export interface H5RouteManifest {
  /** Files of the entry (the app and what every page runs on), in load order. */
  entry: string[];
  /** Page route (`pages/index/index`) → the JS and CSS files loading that page fetches. */
  routes: Record<string, string[]>;
}

export function routeManifestPath(outputDir: string): string {
  return `${outputDir.replace(/[\\/]+$/, '')}-routes.json`;
}

/** A page's `import("./pages/index/index")` as Taro's entry loader writes it. */
const PAGE_REQUEST = /^\.\/((?:pages|packages)\/.+)$/;

function manifestOf(compilation: Compilation): H5RouteManifest {
  const entry = [...(compilation.entrypoints.get('app')?.getFiles() ?? [])];
  const entryFiles = new Set(entry);
  const routes: Record<string, string[]> = {};
  for (const group of compilation.chunkGroups) {
    for (const origin of group.origins) {
      const page = PAGE_REQUEST.exec(origin.request ?? '');
      if (!page) continue;
      const files = group.getFiles().filter((file) => /\.(js|css)$/.test(file) && !entryFiles.has(file));
      routes[page[1]] = [...new Set([...(routes[page[1]] ?? []), ...files])];
    }
  }
  return { entry, routes };
}

export class H5RouteManifestPlugin {
  apply(compiler: Compiler): void {
    compiler.hooks.done.tap('H5RouteManifestPlugin', ({ compilation }) => {
      const output = compilation.outputOptions.path;
      if (!output) return;
      mkdirSync(path.dirname(output), { recursive: true });
      writeFileSync(routeManifestPath(output), `${JSON.stringify(manifestOf(compilation), null, 2)}\n`);
    });
  }
}
