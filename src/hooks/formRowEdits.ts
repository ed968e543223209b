import type { Dispatch, SetStateAction } from 'react';

/** The keys of a form's lists of rows (a category's questions, an item's materials). */
export type RowsKey<Form> = { [K in keyof Form]-?: Form[K] extends readonly unknown[] ? K : never }[keyof Form];
type RowOf<Form, K extends RowsKey<Form>> = Form[K] extends ReadonlyArray<infer R> ? R : never;

/** The marks a form's edits take away (hooks/useFieldErrors). */
interface Marks<Field extends string> {
  clear(field: Field): void;
  reset(): void;
}

/**
 * The edits of an open record form (hooks/useRecordForm): fields changed,
 * rows changed, added and removed, each taking away the marks of what the
 * person changed.
 */
export function formRowEdits<Form, Field extends string>(setForm: Dispatch<SetStateAction<Form | null>>, marks: Marks<Field>) {
  /** The person changed these: their marks go, and `field`'s (one row's) too. */
  const unmark = (keys: readonly string[], field?: Field) => {
    for (const key of keys) marks.clear(key as Field);
    if (field) marks.clear(field);
  };
  /** The list `key` as `update` makes it of the latest rows. */
  const updateRows = <K extends RowsKey<Form>>(key: K, update: (rows: Array<RowOf<Form, K>>) => Array<RowOf<Form, K>>, field?: Field) => {
    setForm((current) => current && { ...current, [key]: update([...(current[key] as Array<RowOf<Form, K>>)]) });
    unmark([String(key)], field);
  };
  return {
    change: (fields: Partial<Form>, field?: Field) => {
      setForm((current) => (current ? { ...current, ...fields } : current));
      unmark(Object.keys(fields), field);
    },
    /** Row `index` of the list `key` replaced by `update` of it; `field` is the row's mark. */
    changeRow: <K extends RowsKey<Form>>(key: K, index: number, update: (row: RowOf<Form, K>) => RowOf<Form, K>, field?: Field) =>
      updateRows(key, (rows) => rows.map((row, i) => (i === index ? update(row) : row)), field),
    addRow: <K extends RowsKey<Form>>(key: K, row: RowOf<Form, K>) => updateRows(key, (rows) => [...rows, row]),
    /** The rows after it move up a place, so every mark goes. */
    removeRow: <K extends RowsKey<Form>>(key: K, index: number) => {
      marks.reset();
      updateRows(key, (rows) => rows.filter((_row, i) => i !== index));
    },
  };
}
