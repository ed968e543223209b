import { isCloudError } from '@/services';

/** The server's per-field hints (INVALID_INPUT), by field path, for showing under each field. */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!isCloudError(error) || !error.fields) return {};
  const byPath: Record<string, string> = {};
  for (const field of error.fields) {
    const key = field.path.split('.')[0] || '_';
    byPath[key] ??= field.message;
  }
  return byPath;
}
