/** Entries per chunk after a rebuild; a chunk splits in two past twice this. */
const CHUNK = 512;

/**
 * Entries kept in order of their (unique) string keys, in chunks: one
 * insert or removal moves the entries of one chunk, not of the whole index,
 * so writes stay cheap on a collection of 100,000 documents. Positions are
 * ranks (0 … size), as in one sorted array.
 */
export class OrderedEntries<E extends { key: string }> {
  private chunks: E[][] = [];
  /** Entries before each chunk (and the total last); rebuilt when a write changed the chunks. */
  private starts: number[] | null = null;

  /** From entries already in key order. */
  constructor(sorted: readonly E[] = []) {
    for (let at = 0; at < sorted.length; at += CHUNK) this.chunks.push(sorted.slice(at, at + CHUNK));
  }

  get size(): number {
    const starts = this.ensureStarts();
    return starts[starts.length - 1];
  }

  /** How many entries have a key below `key`. */
  rank(key: string): number {
    const c = this.chunkFor(key);
    if (c === this.chunks.length) return this.size;
    return this.ensureStarts()[c] + lowerBound(this.chunks[c], key);
  }

  insert(entry: E): void {
    this.starts = null;
    if (this.chunks.length === 0) {
      this.chunks.push([entry]);
      return;
    }
    const c = Math.min(this.chunkFor(entry.key), this.chunks.length - 1);
    const chunk = this.chunks[c];
    chunk.splice(lowerBound(chunk, entry.key), 0, entry);
    if (chunk.length > 2 * CHUNK) this.chunks.splice(c, 1, chunk.slice(0, CHUNK), chunk.slice(CHUNK));
  }

  /** Removes the entry with this key; whether there was one. */
  remove(key: string): boolean {
    const c = this.chunkFor(key);
    if (c === this.chunks.length) return false;
    const chunk = this.chunks[c];
    const at = lowerBound(chunk, key);
    if (chunk[at]?.key !== key) return false;
    this.starts = null;
    chunk.splice(at, 1);
    if (chunk.length === 0) this.chunks.splice(c, 1);
    return true;
  }

  /** The entries at positions [start, end), forwards or backwards. */
  *range(start: number, end: number, direction: 1 | -1): Generator<E> {
    if (start >= end) return;
    const starts = this.ensureStarts();
    if (direction === 1) {
      let c = this.chunkAt(start);
      let i = start - starts[c];
      for (let n = end - start; n > 0; n--) {
        while (i >= this.chunks[c].length) {
          c++;
          i = 0;
        }
        yield this.chunks[c][i++];
      }
    } else {
      let c = this.chunkAt(end - 1);
      let i = end - 1 - starts[c];
      for (let n = end - start; n > 0; n--) {
        while (i < 0) {
          c--;
          i = this.chunks[c].length - 1;
        }
        yield this.chunks[c][i--];
      }
    }
  }

  /** The first chunk whose last key is at least `key` (chunks.length when none is). */
  private chunkFor(key: string): number {
    let lo = 0;
    let hi = this.chunks.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const chunk = this.chunks[mid];
      if (chunk[chunk.length - 1].key < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The chunk holding position `pos` (0 ≤ pos < size). */
  private chunkAt(pos: number): number {
    const starts = this.ensureStarts();
    let lo = 0;
    let hi = this.chunks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private ensureStarts(): number[] {
    if (this.starts) return this.starts;
    const starts = [0];
    for (const chunk of this.chunks) starts.push(starts[starts.length - 1] + chunk.length);
    this.starts = starts;
    return starts;
  }
}

/** First position in a sorted chunk whose key is at least `key`. */
function lowerBound<E extends { key: string }>(chunk: readonly E[], key: string): number {
  let lo = 0;
  let hi = chunk.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (chunk[mid].key < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
