/**
 * Writes a brotli (`.br`) and a gzip (`.gz`) twin beside every text asset of
 * a build, once, at the highest settings: the local runtime
 * (localcloud/server/static-files.ts) serves the one the browser accepts,
 * so no request pays for compression and a slow phone gets ~4× fewer bytes.
 */
import { readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.map', '.ico', '.webmanifest']);

/** Below this, compression saves less than the header costs. */
const MIN_BYTES = 256;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

export interface PrecompressResult {
  files: number;
  bytes: number;
  brotliBytes: number;
  gzipBytes: number;
}

/** Writes the twins (a twin no smaller than its file is not kept: the file itself is served). */
export function precompress(dir: string): PrecompressResult {
  const result: PrecompressResult = { files: 0, bytes: 0, brotliBytes: 0, gzipBytes: 0 };
  for (const file of filesUnder(dir)) {
    if (!COMPRESSIBLE.has(path.extname(file))) continue;
    const twins = { br: `${file}.br`, gz: `${file}.gz` };
    rmSync(twins.br, { force: true });
    rmSync(twins.gz, { force: true });
    const bytes = readFileSync(file);
    if (bytes.length < MIN_BYTES) continue;
    const br = brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    });
    const gz = gzipSync(bytes, { level: 9 });
    // The twins must not look older than their file (the server ignores stale ones).
    const { atimeMs, mtimeMs } = statSync(file);
    for (const [twin, data] of [
      [twins.br, br],
      [twins.gz, gz],
    ] as const) {
      if (data.length >= bytes.length) continue;
      writeFileSync(twin, data);
      utimesSync(twin, atimeMs / 1000, mtimeMs / 1000);
    }
    result.files += 1;
    result.bytes += bytes.length;
    result.brotliBytes += Math.min(br.length, bytes.length);
    result.gzipBytes += Math.min(gz.length, bytes.length);
  }
  return result;
}
