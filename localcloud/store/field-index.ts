import { MISSING, valuesAtPath } from './paths';

/** A scalar a query can look up by equality or range. */
export type IndexScalar = number | string | boolean | Date | null;

/** Position in MongoDB's cross-type sort order (null < numbers < strings < ... < booleans < dates). */
const RANK_NULL = 0;
const RANK_NUMBER = 1;
const RANK_STRING = 2;
const RANK_BOOLEAN = 8;
const RANK_DATE = 9;

interface Entry {
  rank: number;
  value: number | string;
  id: string;
}

export interface RangeBound {
  value: IndexScalar;
  inclusive: boolean;
}

function compareEntries(a: Entry, b: Entry): number {
  if (a.rank !== b.rank) return a.rank - b.rank;
  if (a.value !== b.value) return a.value < b.value ? -1 : 1;
  if (a.id === b.id) return 0;
  return a.id < b.id ? -1 : 1;
}

/** Equality key; null for values that scalar lookups can never match. */
export function eqKey(value: unknown): string | null {
  if (value === MISSING || value === null || value === undefined) return 'z';
  if (typeof value === 'number') return 'n' + (Object.is(value, -0) ? 0 : value);
  if (typeof value === 'string') return 's' + value;
  if (typeof value === 'boolean') return value ? 'b1' : 'b0';
  if (value instanceof Date) return 'd' + value.getTime();
  return null;
}

function toEntry(value: unknown, id: string): Entry | null {
  if (value === MISSING || value === null || value === undefined) return { rank: RANK_NULL, value: 0, id };
  if (typeof value === 'number') return Number.isNaN(value) ? null : { rank: RANK_NUMBER, value, id };
  if (typeof value === 'string') return { rank: RANK_STRING, value, id };
  if (typeof value === 'boolean') return { rank: RANK_BOOLEAN, value: value ? 1 : 0, id };
  if (value instanceof Date) return { rank: RANK_DATE, value: value.getTime(), id };
  return null;
}

export function isIndexScalar(value: unknown): value is IndexScalar {
  return value === null || typeof value === 'number' || typeof value === 'string' ||
    typeof value === 'boolean' || value instanceof Date;
}

/**
 * Secondary index on one field path: a hash map for equality and a sorted
 * array (rebuilt lazily after bulk loads) for ranges and ordered scans.
 * It only narrows candidates; every candidate is still matched by mingo.
 */
export class FieldIndex {
  readonly field: string;
  /** Equality key -> ids; a lone id is kept as a string (unique values are common: dates, titles). */
  private readonly eq = new Map<string, string | Set<string>>();
  private sorted: Entry[] | null = null;
  /** Documents whose value cannot be placed in the sort order (arrays, objects...). */
  private unorderable = 0;
  /** Documents with several values here (arrays): each bound of a range may match a different one. */
  private multikey = 0;

  constructor(field: string) {
    this.field = field;
  }

  /** Ordered scans are only exact when every document has exactly one orderable value. */
  get canOrder(): boolean {
    return this.unorderable === 0;
  }

  add(id: string, doc: unknown, incremental: boolean): void {
    const values = valuesAtPath(doc, this.field);
    const single = values.length === 1 ? toEntry(values[0], id) : null;
    if (!single) this.unorderable++;
    if (values.length > 1) this.multikey++;
    for (const key of this.keysOf(values)) {
      const held = this.eq.get(key);
      if (held === undefined) this.eq.set(key, id);
      else if (typeof held === 'string') {
        if (held !== id) this.eq.set(key, new Set([held, id]));
      } else held.add(id);
    }
    if (!incremental) this.sorted = null;
    if (this.sorted) for (const e of this.entriesOf(values, id)) this.sorted.splice(this.lowerBound(e), 0, e);
  }

  remove(id: string, doc: unknown, incremental: boolean): void {
    const values = valuesAtPath(doc, this.field);
    const single = values.length === 1 ? toEntry(values[0], id) : null;
    if (!single) this.unorderable--;
    if (values.length > 1) this.multikey--;
    for (const key of this.keysOf(values)) {
      const held = this.eq.get(key);
      if (held === undefined) continue;
      if (typeof held === 'string') {
        if (held === id) this.eq.delete(key);
        continue;
      }
      held.delete(id);
      if (held.size === 1) this.eq.set(key, held.values().next().value as string);
    }
    if (!incremental) this.sorted = null;
    if (this.sorted) {
      for (const e of this.entriesOf(values, id)) {
        const at = this.lowerBound(e);
        if (at < this.sorted.length && compareEntries(this.sorted[at], e) === 0) this.sorted.splice(at, 1);
      }
    }
  }

  /** Ids whose value equals one of `values` (null also finds missing fields). */
  lookupEqual(values: IndexScalar[]): Set<string> {
    const out = new Set<string>();
    for (const v of values) {
      const key = eqKey(v);
      const held = key === null ? undefined : this.eq.get(key);
      if (typeof held === 'string') out.add(held);
      else if (held) for (const id of held) out.add(id);
    }
    return out;
  }

  countEqual(values: IndexScalar[]): number {
    let n = 0;
    for (const v of values) {
      const key = eqKey(v);
      const held = key === null ? undefined : this.eq.get(key);
      n += held === undefined ? 0 : typeof held === 'string' ? 1 : held.size;
    }
    return n;
  }

  /**
   * Ids with a value in the range, within the type bracket of the bounds (as
   * MongoDB does: {$gt: 5} never matches strings). Returns null if the bounds
   * are not indexable.
   */
  lookupRange(lower: RangeBound | undefined, upper: RangeBound | undefined): string[] | null {
    const span = this.rangeSpan(lower, upper);
    if (!span) return null;
    const sorted = this.ensureSorted();
    // A multikey document can sit in the range more than once.
    const out = new Set<string>();
    for (let i = span[0]; i < span[1]; i++) out.add(sorted[i].id);
    return [...out];
  }

  countRange(lower: RangeBound | undefined, upper: RangeBound | undefined): number | null {
    const span = this.rangeSpan(lower, upper);
    return span ? span[1] - span[0] : null;
  }

  /**
   * Ids in MongoDB sort order for this field (only exact when canOrder),
   * optionally restricted to a range on the same field.
   */
  *ordered(direction: 1 | -1, lower?: RangeBound, upper?: RangeBound): Generator<string> {
    const sorted = this.ensureSorted();
    const span = lower || upper ? this.rangeSpan(lower, upper) : null;
    const [from, to] = span ?? [0, sorted.length];
    if (direction === 1) for (let i = from; i < to; i++) yield sorted[i].id;
    else for (let i = to - 1; i >= from; i--) yield sorted[i].id;
  }

  private rangeSpan(lower: RangeBound | undefined, upperBound: RangeBound | undefined): [number, number] | null {
    // {a: {$gte: 10, $lt: 20}} matches a: [5, 25] (each bound met by some element),
    // so with arrays in the index only one bound can narrow the candidates.
    const upper = lower && this.multikey > 0 ? undefined : upperBound;
    const lo = lower ? toEntry(lower.value, '') : null;
    const hi = upper ? toEntry(upper.value, '') : null;
    if ((lower && !lo) || (upper && !hi) || (!lo && !hi)) return null;
    const rank = (lo ?? hi)!.rank;
    if ((lo && lo.rank !== rank) || (hi && hi.rank !== rank) || rank === RANK_NULL) return null;
    const sorted = this.ensureSorted();
    const start = lo
      ? (lower!.inclusive ? this.firstAtLeast(rank, lo.value) : this.firstAbove(rank, lo.value))
      : this.firstAtLeastRank(rank);
    const end = hi
      ? (upper!.inclusive ? this.firstAbove(rank, hi.value) : this.firstAtLeast(rank, hi.value))
      : this.firstAtLeastRank(rank + 1);
    return [start, Math.max(start, Math.min(end, sorted.length))];
  }

  private keysOf(values: unknown[]): Set<string> {
    const keys = new Set<string>();
    for (const v of values) {
      const k = eqKey(v);
      if (k !== null) keys.add(k);
    }
    return keys;
  }

  private entriesOf(values: unknown[], id: string): Entry[] {
    const seen = new Set<string>();
    const out: Entry[] = [];
    for (const v of values) {
      const e = toEntry(v, id);
      if (!e) continue;
      const k = e.rank + ':' + String(e.value);
      if (seen.has(k)) continue;
      seen.add(k);
      out.push(e);
    }
    return out;
  }

  private ensureSorted(): Entry[] {
    if (this.sorted) return this.sorted;
    // Rebuild from the equality map, which holds every indexed value; distinct
    // keys are distinct sort positions, so no de-duplication is needed.
    const entries: Entry[] = [];
    for (const [key, held] of this.eq) {
      const ids = typeof held === 'string' ? [held] : held;
      const proto = toEntry(decodeKey(key), '');
      if (!proto) continue;
      for (const id of ids) entries.push({ rank: proto.rank, value: proto.value, id });
    }
    entries.sort(compareEntries);
    this.sorted = entries;
    return entries;
  }

  private lowerBound(e: Entry): number {
    const s = this.sorted!;
    let lo = 0;
    let hi = s.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareEntries(s[mid], e) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private search(pred: (e: Entry) => boolean): number {
    const s = this.ensureSorted();
    let lo = 0;
    let hi = s.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (pred(s[mid])) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private firstAtLeastRank(rank: number): number {
    return this.search((e) => e.rank < rank);
  }

  private firstAtLeast(rank: number, value: number | string): number {
    return this.search((e) => e.rank < rank || (e.rank === rank && e.value < value));
  }

  private firstAbove(rank: number, value: number | string): number {
    return this.search((e) => e.rank < rank || (e.rank === rank && e.value <= value));
  }
}

function decodeKey(key: string): unknown {
  const tag = key[0];
  const rest = key.slice(1);
  if (tag === 'z') return null;
  if (tag === 'n') return Number(rest);
  if (tag === 's') return rest;
  if (tag === 'b') return rest === '1';
  return new Date(Number(rest));
}
