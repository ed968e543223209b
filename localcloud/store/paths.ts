import { isPlainObject } from './values';

/** Marker for "the path resolves to nothing here", which {field: null} matches. */
export const MISSING: unique symbol = Symbol('missing');
export type PathValue = unknown | typeof MISSING;

/**
 * Every value a MongoDB query on `path` could compare against, the way Mongo
 * walks paths: arrays are traversed at each step and a leaf array contributes
 * its elements (multikey). Used to build indexes, so it must return a superset
 * of what a query could match; the final match is always re-checked by mingo.
 */
export function valuesAtPath(doc: unknown, path: string): PathValue[] {
  return valuesAtParts(doc, path.split('.'));
}

/** valuesAtPath with the path already split at its dots (indexes keep it split). */
export function valuesAtParts(doc: unknown, parts: readonly string[]): PathValue[] {
  const out: PathValue[] = [];
  walk(doc, parts, 0, out);
  return out;
}

function walk(current: unknown, parts: readonly string[], i: number, out: PathValue[]): void {
  if (i === parts.length) {
    if (Array.isArray(current)) {
      if (current.length === 0) out.push(MISSING);
      for (const el of current) out.push(el);
      out.push(current);
    } else {
      out.push(current === undefined ? MISSING : current);
    }
    return;
  }
  const part = parts[i];
  if (Array.isArray(current)) {
    // "a.0.b" may address an element by position...
    if (/^\d+$/.test(part)) walk(current[Number(part)], parts, i + 1, out);
    // ...and "a.b" reaches into every element.
    for (const el of current) {
      if (isPlainObject(el) || Array.isArray(el)) walk(el, parts, i, out);
      else out.push(MISSING);
    }
    if (current.length === 0) out.push(MISSING);
    return;
  }
  if (isPlainObject(current)) {
    walk(current[part], parts, i + 1, out);
    return;
  }
  out.push(MISSING);
}
