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

/**
 * The hints at the form's own fields: `rename` maps a payload path's first
 * part to the field showing it (`location` → `address`); a hint for a path
 * the form has no field for is left out, for the caller to say otherwise.
 */
export function fieldErrorsAt<F extends string>(
  error: unknown,
  fields: readonly F[],
  rename: Partial<Record<string, F>> = {},
): Partial<Record<F, string>> {
  const byField: Partial<Record<F, string>> = {};
  for (const [path, message] of Object.entries(fieldErrors(error))) {
    const field = rename[path] ?? (path as F);
    if (fields.includes(field)) byField[field] ??= message;
  }
  return byField;
}

/**
 * The hints at the form's own fields, a payload path (`materials.2`,
 * `questions.0.label`) mapped to its field by `fieldOf` (null: the form has
 * no field for it, for the caller to say otherwise); the first hint wins.
 */
export function fieldErrorsBy<F extends string>(error: unknown, fieldOf: (path: string) => F | null): Partial<Record<F, string>> {
  const byField: Partial<Record<F, string>> = {};
  if (!isCloudError(error)) return byField;
  for (const { path, message } of error.fields ?? []) {
    const field = fieldOf(path);
    if (field) byField[field] ??= message;
  }
  return byField;
}
