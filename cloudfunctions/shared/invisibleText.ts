/**
 * Characters nobody sees that change what text is: control characters
 * (but tab and line breaks), the soft hyphen, zero-width space, word joiner
 * and invisible operators, the byte-order mark, and the direction marks,
 * embeddings, overrides and isolates that make text read in another order
 * than it is stored. A name "政策\u200b咨询" would be another category that
 * looks like 政策咨询; "\u202e" would turn what staff read around. And half
 * of a character (a lone surrogate, e.g. an emoji cut in two by a paste):
 * it shows as nothing readable, and UTF-8, which WeChat's database stores,
 * cannot hold it.
 */
const INVISIBLE = /(?![\t\n\r])[\p{Cc}\p{Cs}\u00ad\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]/gu;
/** Joiners and selectors that shape emoji (👨‍👩‍👧) and mean nothing alone. */
const SHAPING_ONLY = /^[\s\u200c\u200d\ufe00-\ufe0f\u{e0020}-\u{e007f}]*$/u;

/** A text without its invisible characters; one of only joiners and blanks is blank. */
export function withoutInvisible(text: string): string {
  const cleaned = text.replace(INVISIBLE, '');
  return SHAPING_ONLY.test(cleaned) && cleaned.length > 0 ? cleaned.replace(/[^\s]/gu, '') : cleaned;
}

/**
 * A payload as sent, with every string's invisible characters taken out
 * before it is validated, so a blank is a blank, a name is the name it
 * looks like and no record keeps a direction override. Keys are kept as
 * they came (the schema refuses an unknown one, `__proto__` included:
 * rebuilt with defined properties, never by assignment).
 */
export function payloadWithoutInvisible(value: unknown): unknown {
  if (typeof value === 'string') return withoutInvisible(value);
  if (Array.isArray(value)) return value.map(payloadWithoutInvisible);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, payloadWithoutInvisible(inner)]));
  }
  return value;
}
