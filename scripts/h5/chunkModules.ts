/**
 * What the H5 build ships, read from its output: the webpack modules inside
 * each JS file (a chunk's `push([[ids], { "<id>": function… }])` map, or the
 * entry's module map), so the same module shipped in several files is seen.
 * Parsed with TypeScript's parser (already a dependency) as plain JavaScript.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export interface ShippedModule {
  /** The webpack module id (deterministic: the same module has the same id in every chunk). */
  id: string;
  /** Bytes of its minified source. */
  bytes: number;
}

function isModuleFunction(node: ts.Node): boolean {
  return ts.isFunctionExpression(node) || ts.isArrowFunction(node);
}

function idOf(name: ts.PropertyName): string | null {
  if (ts.isStringLiteral(name) || ts.isNumericLiteral(name)) return /^\d+$/.test(name.text) ? name.text : null;
  return null;
}

/** The modules of one built JS file: every object literal mapping numeric ids to functions. */
export function modulesOf(source: string): ShippedModule[] {
  const file = ts.createSourceFile('chunk.js', source, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const out: ShippedModule[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isObjectLiteralExpression(node) && node.properties.length > 0) {
      const entries = node.properties.map((p) =>
        ts.isPropertyAssignment(p) && isModuleFunction(p.initializer) ? { id: idOf(p.name), init: p.initializer } : null,
      );
      if (entries.every((e) => e !== null && e.id !== null)) {
        for (const entry of entries) {
          const text = source.slice(entry!.init.getStart(file), entry!.init.end);
          out.push({ id: entry!.id!, bytes: Buffer.byteLength(text) });
        }
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

function jsFilesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return jsFilesUnder(full);
    return name.endsWith('.js') ? [full] : [];
  });
}

export interface Duplication {
  /** Bytes of module code shipped more than once: each copy beyond the first. */
  duplicatedBytes: number;
  /** Modules shipped in more than one file. */
  duplicatedModules: number;
  /** The worst: module id, copies, bytes each. */
  worst: Array<{ id: string; copies: number; bytes: number }>;
}

/** How much JS the H5 build ships more than once across its files. */
export function duplicationIn(h5Dir: string): Duplication {
  const copies = new Map<string, number[]>();
  for (const file of jsFilesUnder(h5Dir)) {
    for (const module of modulesOf(readFileSync(file, 'utf8'))) {
      const sizes = copies.get(module.id) ?? [];
      sizes.push(module.bytes);
      copies.set(module.id, sizes);
    }
  }
  const repeated = [...copies.entries()].filter(([, sizes]) => sizes.length > 1);
  const extra = (sizes: number[]) => sizes.slice(1).reduce((sum, bytes) => sum + bytes, 0);
  return {
    duplicatedBytes: repeated.reduce((sum, [, sizes]) => sum + extra(sizes), 0),
    duplicatedModules: repeated.length,
    worst: repeated
      .map(([id, sizes]) => ({ id, copies: sizes.length, bytes: sizes[0] }))
      .sort((a, b) => b.copies * b.bytes - a.copies * a.bytes)
      .slice(0, 10),
  };
}
