/**
 * Which precompressed form of a file a client may get, from its
 * Accept-Encoding header (RFC 9110 §12.5.3): brotli before gzip, a coding
 * given `q=0` is refused, `*` stands for any coding not named.
 */
export type ContentCoding = 'br' | 'gzip';

/** In order of preference: brotli is ~15% smaller than gzip on our bundles. */
export const CODINGS: ReadonlyArray<{ coding: ContentCoding; suffix: string }> = [
  { coding: 'br', suffix: '.br' },
  { coding: 'gzip', suffix: '.gz' },
];

function acceptedQualities(header: string): Map<string, number> {
  const qualities = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    let q = 1;
    for (const param of params) {
      const [key, value] = param.trim().split('=');
      if (key === 'q') q = Number(value);
    }
    qualities.set(name.trim(), Number.isFinite(q) ? q : 0);
  }
  return qualities;
}

/** Whether the client accepts a coding. No header at all means identity only (what a cautious server assumes). */
export function accepts(acceptEncoding: string | undefined, coding: ContentCoding): boolean {
  if (!acceptEncoding) return false;
  const qualities = acceptedQualities(acceptEncoding);
  const named = qualities.get(coding) ?? (coding === 'gzip' ? qualities.get('x-gzip') : undefined);
  if (named !== undefined) return named > 0;
  const any = qualities.get('*');
  return any !== undefined && any > 0;
}
