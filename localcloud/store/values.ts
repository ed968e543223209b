import { randomBytes } from 'node:crypto';
import { EJSON } from 'bson';

/** A stored document: plain JS values (numbers, strings, Date, arrays, objects). */
export type Doc = Record<string, unknown>;

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * Deep copy of plain data. Dates are copied; other class instances (BSON
 * Binary, ObjectId...) are immutable in practice and are shared.
 */
export function cloneValue<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v: unknown) => cloneValue(v)) as unknown as T;
  if (value instanceof Date) return new Date(value.getTime()) as unknown as T;
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = cloneValue(v);
    return out as T;
  }
  return value;
}

/** Real TCB ids are 32 hex characters. */
export function newDocId(): string {
  return randomBytes(16).toString('hex');
}

/**
 * Map key for an _id. Ids are almost always strings; anything else is keyed by
 * its canonical EJSON so 1 and "1" stay different documents.
 */
export function idKey(id: unknown): string {
  if (typeof id === 'string') return id;
  return '\u0000' + EJSON.stringify(id as never, { relaxed: false });
}
