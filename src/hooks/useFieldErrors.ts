import { useEffect, useState } from 'react';
import { showFailure } from '@/state/notice';
import { fieldErrors } from '@/utils/fieldErrors';
import { scrollToFirstError } from '@/utils/scrollToError';

export type FieldProblems<F extends string> = Partial<Record<F, string>>;

/** Only the fields that have a problem (a check lists every field, most with undefined). */
function problemsOnly<F extends string>(problems: FieldProblems<F>): FieldProblems<F> {
  const kept: FieldProblems<F> = {};
  for (const [field, message] of Object.entries(problems) as Array<[F, string | undefined]>) {
    if (message) kept[field] = message;
  }
  return kept;
}

/**
 * What a form still has to fix, shown at each field (`FormField error`),
 * with the page scrolled to the first one. Toasts are for outcomes; a
 * missing or wrong field is said where the person can fix it.
 */
export function useFieldErrors<F extends string>() {
  const [errors, setErrors] = useState<FieldProblems<F>>({});
  const [shown, setShown] = useState(0);
  // After the marks are on screen.
  useEffect(() => {
    if (shown > 0) scrollToFirstError();
  }, [shown]);

  /** Marks the problems (undefined entries are fine); true when there was any. */
  const show = (problems: FieldProblems<F>): boolean => {
    const kept = problemsOnly(problems);
    setErrors(kept);
    const any = Object.keys(kept).length > 0;
    if (any) setShown((n) => n + 1);
    return any;
  };

  /** The person changed the field: its mark goes. */
  const clear = (field: F) => setErrors((current) => (current[field] ? { ...current, [field]: undefined } : current));

  /** A refused call: the server's per-field hints at their fields, anything else as a toast. */
  const showFailed = (error: unknown) => {
    const byField = fieldErrors(error) as FieldProblems<F>;
    if (!show(byField)) showFailure(error);
  };

  /** The server's per-field hints of a refusal already said in a toast (`submitWithNotice`). */
  const showHints = (error: unknown) => show(fieldErrors(error) as FieldProblems<F>);

  return { errors, show, clear, showFailed, showHints, reset: () => setErrors({}) };
}

export type FieldErrors<F extends string> = ReturnType<typeof useFieldErrors<F>>;
