import { update as mingoUpdate } from 'mingo';
import { newQuery } from './mingo-query';
import { CloudError } from '../errors';
import { cloneValue, Doc, isPlainObject } from './values';

type UpdateExpr = Parameters<typeof mingoUpdate>[1];

function failed(message: string): CloudError {
  return new CloudError('DATABASE_REQUEST_FAILED', message);
}

/** Positional "arr.$.x": the index of the first element the filter matched (MongoDB semantics). */
function resolvePositional(path: string, doc: Doc, filter: Record<string, unknown>): string {
  const at = path.indexOf('.$');
  if (at < 0 || path[at + 2] === '[') return path;
  const arrayPath = path.slice(0, at);
  const arr = arrayPath.split('.').reduce<unknown>((cur, part) => (isPlainObject(cur) ? cur[part] : undefined), doc);
  if (!Array.isArray(arr)) throw failed(`The positional operator did not find the match needed from the query. (${path})`);
  const elementFilter: Record<string, unknown> = {};
  let scalar: unknown;
  for (const [k, v] of Object.entries(filter)) {
    if (k.startsWith(arrayPath + '.')) elementFilter[k.slice(arrayPath.length + 1)] = v;
    else if (k === arrayPath) scalar = v;
  }
  const q = newQuery(elementFilter);
  const idx = arr.findIndex((el) => {
    if (scalar !== undefined) {
      if (isPlainObject(scalar) && '$elemMatch' in scalar) {
        return newQuery(scalar.$elemMatch as Record<string, unknown>).test(isPlainObject(el) ? el : { '': el });
      }
      return newQuery({ v: scalar }).test({ v: [el] });
    }
    return isPlainObject(el) && q.test(el);
  });
  if (idx < 0) throw failed(`The positional operator did not find the match needed from the query. (${path})`);
  return arrayPath + '.' + idx + path.slice(at + 2);
}

function touchesId(path: string): boolean {
  return path === '_id' || path.startsWith('_id.');
}

/**
 * Applies an update document ({$set, $inc, ...}) to a copy of `doc`.
 * Plain top-level fields are treated as $set, like TCB's merge updates.
 */
export function applyUpdate(doc: Doc, update: Record<string, unknown>, filter: Record<string, unknown>): Doc {
  const next = cloneValue(doc);
  const plain: Record<string, unknown> = {};
  const ops: Array<[string, Record<string, unknown>]> = [];
  for (const [key, value] of Object.entries(update)) {
    if (key.startsWith('$')) {
      if (!isPlainObject(value)) throw failed(`Modifiers operate on fields but we found type ${typeof value} instead (${key})`);
      ops.push([key, value]);
    } else {
      plain[key] = value;
    }
  }
  if (Object.keys(plain).length) ops.unshift(['$set', plain]);
  for (const [op, fields] of ops) {
    const resolved: Record<string, unknown> = {};
    for (const [path, value] of Object.entries(fields)) {
      const target = resolvePositional(path, doc, filter);
      if (touchesId(target) || (op === '$rename' && typeof value === 'string' && touchesId(value))) {
        throw failed("Performing an update on the path '_id' would modify the immutable field '_id'");
      }
      resolved[target] = value;
    }
    try {
      mingoUpdate(next, { [op]: resolved } as unknown as UpdateExpr);
    } catch (err) {
      throw failed(`Unsupported or invalid update ${op}: ${(err as Error).message}`);
    }
  }
  return next;
}

/** merge:false (doc().set()): the new content replaces everything but _id. */
export function replaceDoc(id: unknown, data: Record<string, unknown>): Doc {
  for (const key of Object.keys(data)) {
    if (key.startsWith('$')) throw failed(`The dollar ($) prefixed field '${key}' is not valid for storage.`);
  }
  const { _id: _ignored, ...rest } = data;
  return { _id: id, ...cloneValue(rest) };
}

/** Fields an upsert copies from the filter: its top-level equality conditions. */
export function upsertSeed(filter: Record<string, unknown>): Doc {
  const seed: Doc = {};
  const set: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(filter)) {
    if (k.startsWith('$')) continue;
    if (isPlainObject(v)) {
      const keys = Object.keys(v);
      if (keys.length === 1 && keys[0] === '$eq') set[k] = v.$eq;
      else if (keys.length && keys.every((x) => !x.startsWith('$'))) set[k] = v;
      continue;
    }
    if (!(v instanceof RegExp)) set[k] = v;
  }
  if (Object.keys(set).length) mingoUpdate(seed, { $set: cloneValue(set) } as unknown as UpdateExpr);
  return seed;
}
