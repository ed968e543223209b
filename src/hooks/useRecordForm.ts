import { useState } from 'react';
import { showNotice } from '@/state/notice';
import { stepText } from '@/text/steps';
import { submitWithNotice } from '@/utils/submit';
import { formRowEdits } from './formRowEdits';
import { useFieldErrors, type FieldProblems } from './useFieldErrors';
import { useOpenedVersion } from './useOpenedVersion';
import { isKeyReused, madeBefore, useStepKey } from './useStepKey';

/** What one record's form is made of: its checks, its save and its words; the hook does the rest. */
export interface RecordFormSpec<Form, Field extends string> {
  /** What the form can tell before sending (undefined where a field is fine). */
  problems(form: Form): FieldProblems<Field>;
  /**
   * Sends the form (the editor's own save call) under the open form's key
   * (a new record carries it): the same key on every save of this opening
   * until one is answered, so a resend after a lost answer adds it once.
   */
  send(form: Form, clientKey: string): Promise<unknown>;
  /** The words said once it is saved. */
  saved(form: Form): string;
  /** The server's per-field hints of a refusal at the form's fields. */
  hints(error: unknown): FieldProblems<Field>;
  /**
   * The record `id` as stored now, as a form to edit; null when it cannot be
   * read. A new record's save refused because its key already made one (its
   * answer was lost) opens that record here, so the next save edits it.
   */
  made(id: string): Promise<Form | null>;
  /** After a save (the list reloads), and after a save refused because another saved first. */
  afterSave(): void;
  /**
   * Keeps a save refused as CONFLICT on screen: what was typed stays,
   * `conflict` says so, and the form moves onto the version stored now, so
   * saving again is a decision made knowingly (hooks/useOpenedVersion, which
   * holds the open record's version). Without it a CONFLICT is shown like
   * any other refusal.
   */
  conflict?: {
    /** Whether the form edits a stored record (a new one has no version to move onto). */
    stored(form: Form): boolean;
    /** The version stored now, or null when it cannot be read. */
    version(form: Form): Promise<number | null>;
  };
}

/**
 * The open form of an editor of records (a 诉求类别, a 代办事项): the fields
 * as typed, the problems marked at them, rows added and removed, saving with
 * a notice while nothing is sent twice (one step key per opening: kept for a
 * resend, renewed by a save that went through, by KEY_REUSED or CONFLICT,
 * and by opening a form again). An editor keeps only what is its own:
 * how a record becomes a form, its checks and its rows' shapes.
 */
export function useRecordForm<Form extends { version: number }, Field extends string>(spec: RecordFormSpec<Form, Field>) {
  const [typed, setForm] = useState<Form | null>(null);
  // A new object per opening: the key is renewed with it, so a new form never resends an earlier one's.
  const [opening, setOpening] = useState<object>({});
  // The list is read again here, not by the key: a CONFLICT already reloads it (`refused`), once.
  const key = useStepKey('form', opening, () => undefined);
  const opened = useOpenedVersion(undefined, () => Promise.resolve(undefined));
  const form = typed && opened.version !== undefined ? { ...typed, version: opened.version } : typed;
  const [conflict, setConflict] = useState(false);
  const [busy, setBusy] = useState(false);
  const errors = useFieldErrors<Field>();

  const openForm = (record: Form) => {
    errors.reset();
    setConflict(false);
    opened.savedAt(record.version);
    setOpening({});
    setForm(record);
  };

  const refused = async (error: unknown, sent: Form) => {
    const keep = spec.conflict;
    // On CONFLICT the list reloads, and the form moves onto what is stored now; the toast has said why.
    const storedNow = () => {
      spec.afterSave();
      return keep ? keep.version(sent).then((version) => version ?? undefined) : Promise.resolve(undefined);
    };
    if (keep?.stored(sent) && (await opened.refusedWith(error, storedNow))) return setConflict(true);
    errors.show(spec.hints(error));
  };
  /** The save's key already made record `id`: the form becomes its edit (or closes onto the list when it can't be read). */
  const openMade = async (id: string) => {
    spec.afterSave();
    const stored = await spec.made(id);
    if (stored) openForm(stored);
    else setForm(null);
    showNotice(stored ? stepText.madeBefore : stepText.addedBefore, 'success', 6000);
  };
  const save = async () => {
    if (!form || busy || errors.show(spec.problems(form))) return;
    setBusy(true);
    const result = await submitWithNotice(() => spec.send(form, key.current), spec.saved(form));
    setBusy(false);
    key.settle(result);
    const made = result.ok ? null : madeBefore(result.error);
    if (made) return openMade(made);
    // The key went with another save: the list shows what it made.
    if (!result.ok && isKeyReused(result.error)) spec.afterSave();
    if (!result.ok) return refused(result.error, form);
    setForm(null);
    setConflict(false);
    spec.afterSave();
  };
  return {
    form,
    conflict,
    busy,
    errors: errors.errors,
    open: openForm,
    close: () => setForm(null),
    ...formRowEdits<Form, Field>(setForm, errors),
    save,
  };
}

export type RecordForm<Form extends { version: number }, Field extends string> = ReturnType<typeof useRecordForm<Form, Field>>;
