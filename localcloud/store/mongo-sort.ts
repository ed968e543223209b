import { compareBson } from './bson-order';
import type { SortSpec } from './planner';
import { isPlainObject } from './values';

/**
 * The values a document offers a sort on `parts`, as MongoDB makes sort
 * keys: arrays along the path are walked, a leaf array gives its elements
 * (an empty one gives undefined, which sorts below null), a missing value
 * is null.
 */
function sortValues(current: unknown, parts: readonly string[], i: number, out: unknown[]): void {
  if (i === parts.length) {
    if (!Array.isArray(current)) out.push(current === undefined ? null : current);
    else if (current.length === 0) out.push(undefined);
    else out.push(...(current as unknown[]));
    return;
  }
  if (Array.isArray(current)) {
    if (current.length === 0) out.push(null);
    for (const el of current) sortValues(el, parts, i, out);
    return;
  }
  if (isPlainObject(current) && current[parts[i]] !== undefined) sortValues(current[parts[i]], parts, i + 1, out);
  else out.push(null);
}

/**
 * The value a document sorts by on `path`: ascending, the smallest of the
 * values the path gives; descending, the largest (MongoDB's manual,
 * Comparison/Sort Order: "an ascending sort compares the smallest element
 * of arrays… a descending sort the largest"; missing sorts as null).
 */
export function sortValue(doc: unknown, path: string, direction: 1 | -1): unknown {
  const values: unknown[] = [];
  sortValues(doc, path.split('.'), 0, values);
  let best = values[0];
  for (const v of values) if (compareBson(v, best) * direction < 0) best = v;
  return best;
}

/** `docs` ordered as MongoDB's sort orders them; ties keep their order. */
export function sortDocs<T>(docs: readonly T[], spec: SortSpec): T[] {
  const fields = Object.entries(spec);
  const keyed = docs.map((doc, at) => ({ doc, at, keys: fields.map(([path, dir]) => sortValue(doc, path, dir)) }));
  keyed.sort((a, b) => {
    for (let f = 0; f < fields.length; f++) {
      const c = compareBson(a.keys[f], b.keys[f]) * fields[f][1];
      if (c !== 0) return c;
    }
    return a.at - b.at;
  });
  return keyed.map((k) => k.doc);
}
