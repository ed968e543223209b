import { isCloudError } from '@/services';

/** A payload path's first part (`questions.2.label` → `questions`); `_` for a hint about the whole payload. */
const headOf = (path: string): string => path.split('.')[0] || '_';

/** The server's per-field hints (INVALID_INPUT), by field path, for showing under each field. */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!isCloudError(error) || !error.fields) return {};
  const byPath: Record<string, string> = {};
  for (const field of error.fields) {
    byPath[headOf(field.path)] ??= field.message;
  }
  return byPath;
}

/**
 * The hints at the form's own fields by a payload path's first part:
 * `rename` maps it to the field showing it (`location` → `address`); a hint
 * for a path the form has no field for is left out, for the caller to say
 * otherwise.
 */
export function fieldErrorsAt<F extends string>(
  error: unknown,
  fields: readonly F[],
  rename: Partial<Record<string, F>> = {},
): Partial<Record<F, string>> {
  return fieldErrorsBy(error, (path) => {
    const field = rename[headOf(path)] ?? (headOf(path) as F);
    return fields.includes(field) ? field : null;
  });
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
