import { OrderedEntries } from './ordered-entries';
import { MISSING, valuesAtParts } from './paths';

/** A scalar a query can look up by equality or range. */
export type IndexScalar = number | string | boolean | Date | null;

/** Position in MongoDB's cross-type sort order (null < numbers < strings < objects < ... < booleans < dates). */
const RANK_NULL = 0;
const RANK_NUMBER = 1;
const RANK_STRING = 2;
/** Objects and nested arrays: indexed so the document is present, never matched by scalar bounds, never ordered. */
const RANK_OTHER = 3;
const RANK_BOOLEAN = 8;
const RANK_DATE = 9;

/** One field's part of an index key: its type rank and comparable value. */
type KeyPart = readonly [number, number | string];

/**
 * One index entry: its key (the fields' parts, encoded to compare as a
 * string, then the document's record number, so that equal values keep the
 * order documents were inserted in, as MongoDB's RecordId does, and every
 * key is unique), and the document.
 */
interface Entry {
  key: string;
  id: string;
}

export interface RangeBound {
  value: IndexScalar;
  inclusive: boolean;
}

/** What an index scan may visit on one field: some points, one range, or everything. */
export type FieldBounds =
  { kind: 'points'; values: IndexScalar[] } | { kind: 'range'; lower?: RangeBound; upper?: RangeBound } | { kind: 'all' };

/** A contiguous run of the sorted entries: [start, end). */
export type Span = readonly [number, number];

/** Sorts after every encoded part, so `prefix + AFTER` bounds everything starting with the prefix. */
const AFTER = '\uffff';
const STRING_END = '\u0000\u0001';

function rankChar(rank: number): string {
  return String.fromCharCode(0x30 + rank);
}

const NUMBER_VIEW = new DataView(new ArrayBuffer(8));

/** A float64 as 8 byte-sized characters that sort as the numbers do (sign bit flipped; negatives inverted). */
function encodeNumber(n: number): string {
  const v = NUMBER_VIEW;
  v.setFloat64(0, n);
  if (v.getUint8(0) & 0x80) {
    return String.fromCharCode(
      255 - v.getUint8(0),
      255 - v.getUint8(1),
      255 - v.getUint8(2),
      255 - v.getUint8(3),
      255 - v.getUint8(4),
      255 - v.getUint8(5),
      255 - v.getUint8(6),
      255 - v.getUint8(7),
    );
  }
  return String.fromCharCode(
    v.getUint8(0) | 0x80,
    v.getUint8(1),
    v.getUint8(2),
    v.getUint8(3),
    v.getUint8(4),
    v.getUint8(5),
    v.getUint8(6),
    v.getUint8(7),
  );
}

/** Where the part after `count` parts starts in an encoded key. */
function partOffset(key: string, count: number): number {
  let at = 0;
  for (let n = 0; n < count; n++) {
    const rank = key.charCodeAt(at) - 0x30;
    at++;
    if (rank === RANK_NUMBER || rank === RANK_DATE) at += 8;
    else if (rank === RANK_BOOLEAN) at += 1;
    else if (rank === RANK_STRING) {
      for (;;) {
        const end = key.indexOf('\u0000', at);
        if (key.charCodeAt(end + 1) === 1) {
          at = end + 2;
          break;
        }
        at = end + 2;
      }
    }
  }
  return at;
}

/** Keys are unique (they end with the record number): one comparison orders two entries. */
function compareEntries(a: Entry, b: Entry): number {
  return a.key < b.key ? -1 : a.key === b.key ? 0 : 1;
}

/** A record number as 4 byte-sized characters (big-endian), appended to a key after its parts. */
function encodeRecord(rid: number): string {
  return String.fromCharCode((rid >>> 24) & 255, (rid >>> 16) & 255, (rid >>> 8) & 255, rid & 255);
}

/** The key part of a scalar; null for values scalar bounds never reach (objects, arrays, NaN). */
export function keyPart(value: unknown): KeyPart | null {
  if (value === MISSING || value === null || value === undefined) return [RANK_NULL, 0];
  if (typeof value === 'number') return Number.isNaN(value) ? null : [RANK_NUMBER, Object.is(value, -0) ? 0 : value];
  if (typeof value === 'string') return [RANK_STRING, value];
  if (typeof value === 'boolean') return [RANK_BOOLEAN, value ? 1 : 0];
  if (value instanceof Date) return [RANK_DATE, value.getTime()];
  return null;
}

const NULL_PART = rankChar(RANK_NULL);
const NUMBER_CHAR = rankChar(RANK_NUMBER);
const STRING_CHAR = rankChar(RANK_STRING);
const DATE_CHAR = rankChar(RANK_DATE);
const TRUE_PART = `${rankChar(RANK_BOOLEAN)}1`;
const FALSE_PART = `${rankChar(RANK_BOOLEAN)}0`;

/**
 * A scalar's encoded key part: a string that compares (by UTF-16 code
 * units) in MongoDB's order, the type rank first, then the value (numbers
 * and dates as 8 order-preserving bytes; strings escaped and terminated so
 * a shorter one sorts first and parts can follow it). Index keys are made
 * of these. Null for values that scalar lookups can never match. Written
 * out per type: it runs for every value of every indexed document.
 */
export function eqKey(value: unknown): string | null {
  switch (typeof value) {
    case 'string':
      return STRING_CHAR + (value.indexOf('\u0000') < 0 ? value : value.replace(/\u0000/g, '\u0000\u0002')) + STRING_END;
    case 'number':
      return Number.isNaN(value) ? null : NUMBER_CHAR + encodeNumber(value === 0 ? 0 : value);
    case 'boolean':
      return value ? TRUE_PART : FALSE_PART;
    case 'undefined':
    case 'symbol': // MISSING
      return NULL_PART;
    case 'object':
      if (value === null) return NULL_PART;
      return value instanceof Date ? DATE_CHAR + encodeNumber(value.getTime()) : null;
    default:
      return null;
  }
}

export function isIndexScalar(value: unknown): value is IndexScalar {
  return value === null || typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean' || value instanceof Date;
}

/** The canonical name of an index over `fields` (a compound index joins them with commas). */
export function indexName(fields: readonly string[]): string {
  return fields.join(',');
}

const OTHER = rankChar(RANK_OTHER);

/**
 * A secondary index over one field or several (compound), as MongoDB keeps
 * it: entries sorted by the fields' values in order, one entry per value of
 * an array field (multikey). Scans visit spans of the sorted entries, so an
 * equality on a prefix of the fields and then a range or a sort on the next
 * is as cheap here as it is there. It only narrows candidates: every
 * candidate is still matched by mingo.
 */
export class FieldIndex {
  readonly fields: readonly string[];
  readonly name: string;
  private readonly paths: string[][];
  private readonly byId = new Map<string, Entry[]>();
  /** All entries in key order; rebuilt after bulk loads (see sortNow), kept in order by each write otherwise. */
  private sorted: OrderedEntries<Entry> | null = new OrderedEntries();
  /** Per field: documents with several values there (arrays). */
  private readonly multikeyDocs: number[];
  /** Per field: documents with a value there that has no place in the scalar order (objects...). */
  private readonly unorderableDocs: number[];

  constructor(fields: readonly string[]) {
    if (fields.length === 0) throw new Error('an index needs at least one field');
    this.fields = [...fields];
    this.paths = fields.map((f) => f.split('.'));
    this.name = indexName(fields);
    this.multikeyDocs = fields.map(() => 0);
    this.unorderableDocs = fields.map(() => 0);
  }

  get size(): number {
    return this.byId.size;
  }

  /** A field holding arrays in some document: range bounds cannot be intersected there and no sort comes from it. */
  isMultikey(position: number): boolean {
    return this.multikeyDocs[position] > 0;
  }

  /** Whether a walk along this field gives every document exactly once, in MongoDB's sort order. */
  canOrderBy(position: number): boolean {
    return this.multikeyDocs[position] === 0 && this.unorderableDocs[position] === 0;
  }

  add(id: string, doc: unknown, incremental: boolean, rid: number): void {
    const entries = this.entriesOf(id, doc, 1, rid);
    this.byId.set(id, entries);
    if (!incremental || !this.sorted) {
      this.sorted = null;
      return;
    }
    for (const e of entries) this.sorted.insert(e);
  }

  remove(id: string, doc: unknown, incremental: boolean): void {
    const entries = this.byId.get(id);
    if (!entries) return;
    this.byId.delete(id);
    for (let i = 0; i < this.fields.length; i++) this.partsOf(i, doc, -1);
    if (!incremental || !this.sorted) {
      this.sorted = null;
      return;
    }
    for (const e of entries) this.sorted.remove(e.key);
  }

  /** Ids whose first field equals one of `values` (null also finds missing fields). */
  lookupEqual(values: IndexScalar[]): Set<string> {
    const out = new Set<string>();
    for (const [start, end] of this.spans([{ kind: 'points', values }])) {
      for (const e of this.sorted!.range(start, end, 1)) out.add(e.id);
    }
    return out;
  }

  /** The contiguous runs of entries the bounds select, in key order. */
  spans(bounds: readonly FieldBounds[]): Span[] {
    const sorted = this.ensureSorted();
    const out: Span[] = [];
    this.narrow(bounds, 0, '', 0, sorted.size, out);
    return out;
  }

  /** How many entries the bounds select (a multikey document may count more than once). */
  count(bounds: readonly FieldBounds[]): number {
    let n = 0;
    for (const [start, end] of this.spans(bounds)) n += end - start;
    return n;
  }

  /** Ids along the spans, in key order or its reverse (repeated for multikey documents). */
  *walk(spans: readonly Span[], direction: 1 | -1): Generator<string> {
    const sorted = this.ensureSorted();
    const ordered = direction === 1 ? spans : [...spans].reverse();
    for (const [start, end] of ordered) for (const e of sorted.range(start, end, direction)) yield e.id;
  }

  /**
   * Ids of several spans merged by the key from field `from` on (MongoDB's
   * SORT_MERGE of the scans an `$in` on a prefix explodes into): each span
   * is already in that order, because the fields before `from` are fixed in it.
   */
  *merge(spans: readonly Span[], from: number, direction: 1 | -1): Generator<string> {
    const sorted = this.ensureSorted();
    const heads = spans
      .filter(([start, end]) => start < end)
      .map(([start, end]) => {
        const entries = sorted.range(start, end, direction);
        const first = entries.next();
        // Within a span the fields before `from` are the same: so is where the rest starts.
        return { entries, entry: first.done ? null : first.value, offset: first.done ? 0 : partOffset(first.value.key, from) };
      });
    // The record number at the end of each key breaks ties.
    const compare = (a: (typeof heads)[number], b: (typeof heads)[number]) => compareFrom(a.entry!.key, a.offset, b.entry!.key, b.offset);
    for (;;) {
      let best = -1;
      for (let h = 0; h < heads.length; h++) {
        if (!heads[h].entry) continue;
        if (best < 0 || (direction === 1 ? compare(heads[h], heads[best]) < 0 : compare(heads[h], heads[best]) > 0)) best = h;
      }
      if (best < 0) return;
      const head = heads[best];
      yield head.entry!.id;
      const next = head.entries.next();
      head.entry = next.done ? null : next.value;
    }
  }

  private narrow(bounds: readonly FieldBounds[], field: number, prefix: string, lo: number, hi: number, out: Span[]): void {
    if (lo >= hi) return;
    const b = field < bounds.length ? bounds[field] : undefined;
    if (!b || b.kind === 'all' || field >= this.fields.length) {
      out.push([lo, hi]);
      return;
    }
    if (b.kind === 'points') {
      const parts = [...new Set(b.values.map((v) => eqKey(v)).filter((k): k is string => k !== null))].sort();
      for (const part of parts) {
        const at = prefix + part;
        const start = this.firstAtLeast(lo, hi, at);
        this.narrow(bounds, field + 1, at, start, this.firstAtLeast(start, hi, at + AFTER), out);
      }
      return;
    }
    const lower = b.lower ? keyPart(b.lower.value) : null;
    const upper = b.upper ? keyPart(b.upper.value) : null;
    if ((b.lower && !lower) || (b.upper && !upper) || (!lower && !upper)) {
      out.push([lo, hi]);
      return;
    }
    // As MongoDB does: a range stays within the type of its bounds ({$gt: 5} never reaches strings).
    const rank = (lower ?? upper)![0];
    if ((lower && lower[0] !== rank) || (upper && upper[0] !== rank)) return;
    const from = lower ? prefix + eqKey(b.lower!.value) + (b.lower!.inclusive ? '' : AFTER) : prefix + rankChar(rank);
    const to = upper ? prefix + eqKey(b.upper!.value) + (b.upper!.inclusive ? AFTER : '') : prefix + rankChar(rank + 1);
    const start = this.firstAtLeast(lo, hi, from);
    const end = this.firstAtLeast(start, hi, to);
    // Fields after a range are not contiguous within it: the scan stops narrowing here.
    if (start < end) out.push([start, end]);
  }

  /** First position in [lo, hi) whose key is at least `key` (the keys in it are in order). */
  private firstAtLeast(lo: number, hi: number, key: string): number {
    return Math.min(hi, Math.max(lo, this.sorted!.rank(key)));
  }

  /** The document's entries (the product of each field's values); `sign` updates the per-field statistics. */
  private entriesOf(id: string, doc: unknown, sign: 1 | -1, rid: number): Entry[] {
    let keys = this.partsOf(0, doc, sign);
    for (let i = 1; i < this.fields.length; i++) {
      const parts = this.partsOf(i, doc, sign);
      keys = parts.length === 1 ? keys.map((k) => k + parts[0]) : keys.flatMap((k) => parts.map((p) => k + p));
    }
    const record = encodeRecord(rid);
    return keys.map((key) => ({ key: key + record, id }));
  }

  /** The distinct encoded parts of one field of a document (an array contributes its elements). */
  private partsOf(position: number, doc: unknown, sign: 1 | -1): string[] {
    const values = valuesAtParts(doc, this.paths[position]);
    if (values.length === 1) {
      const p = eqKey(values[0]);
      if (p !== null) return [p];
      this.unorderableDocs[position] += sign;
      return [OTHER];
    }
    if (values.length > 1) this.multikeyDocs[position] += sign;
    const parts = new Set<string>();
    let unorderable = false;
    for (const v of values) {
      if (Array.isArray(v)) continue; // the array itself: its elements are indexed one by one
      const p = eqKey(v);
      if (p !== null) parts.add(p);
      else unorderable = true;
    }
    if (unorderable) this.unorderableDocs[position] += sign;
    return parts.size > 0 ? [...parts] : [OTHER];
  }

  /** Puts the entries in key order now (after a bulk load), rather than in the first query that needs them. */
  sortNow(): void {
    this.ensureSorted();
  }

  private ensureSorted(): OrderedEntries<Entry> {
    if (this.sorted) return this.sorted;
    const entries: Entry[] = [];
    for (const list of this.byId.values()) for (const e of list) entries.push(e);
    entries.sort(compareEntries);
    this.sorted = new OrderedEntries(entries);
    return this.sorted;
  }
}

/** Compares two keys from the given offsets on, as strings compare. */
function compareFrom(a: string, ai: number, b: string, bi: number): number {
  for (;;) {
    const ca = ai < a.length ? a.charCodeAt(ai) : -1;
    const cb = bi < b.length ? b.charCodeAt(bi) : -1;
    if (ca !== cb) return ca - cb;
    if (ca === -1) return 0;
    ai++;
    bi++;
  }
}
