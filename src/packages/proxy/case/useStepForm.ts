import { useState } from 'react';
import { useFieldErrors, type FieldProblems } from '@/hooks/useFieldErrors';
import type { Submitted } from '@/utils/submit';

/**
 * One step's form on the case page: its fields, what it lacks (marked at
 * the field), the server's per-field hints after a refusal.
 */
export function useStepForm<T extends object, F extends string>(initial: T, check: (value: T) => FieldProblems<F>) {
  const [value, setValue] = useState<T>(initial);
  const errors = useFieldErrors<F>();
  const set = (fields: Partial<T>) => {
    for (const field of Object.keys(fields)) errors.clear(field as F);
    setValue((current) => ({ ...current, ...fields }));
  };
  const submit = async (send: (value: T) => Promise<Submitted<unknown>>) => {
    if (errors.show(check(value))) return;
    const sent = await send(value);
    if (!sent.ok && sent.error !== null) errors.showHints(sent.error);
  };
  return { value, set, submit, errors: errors.errors };
}
