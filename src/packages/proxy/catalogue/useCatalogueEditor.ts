import { useState } from 'react';
import type { ProxyItemDto } from '@contract';
import { useFieldErrors } from '@/hooks/useFieldErrors';
import { useRemote } from '@/hooks/useRemote';
import * as proxyApi from '@/services/proxy';
import { proxyText } from '@/text/proxy';
import { confirm } from '@/utils/confirm';
import { submitWithNotice } from '@/utils/submit';
import { activeInput, formOf, isConflict, itemProblems, refusalProblems, saveInput, type ItemField, type ItemForm } from './itemForm';

const t = proxyText.catalogue;

/**
 * The open form. A save refused because another administrator saved the
 * item meanwhile keeps what was typed, says so in words, and moves the form
 * onto the version now stored: saving again is a decision made knowingly.
 */
function useItemForm(afterSave: () => void) {
  const [form, setForm] = useState<ItemForm | null>(null);
  const [conflict, setConflict] = useState(false);
  const [busy, setBusy] = useState(false);
  const errors = useFieldErrors<ItemField>();
  const change = (fields: Partial<ItemForm>, field?: ItemField) => {
    setForm((current) => (current ? { ...current, ...fields } : current));
    for (const key of Object.keys(fields)) errors.clear(key as ItemField);
    if (field) errors.clear(field);
  };
  const materials = form?.materials ?? [];
  const refused = async (error: unknown, itemId: string | null) => {
    if (!isConflict(error) || !itemId) return void errors.show(refusalProblems(error));
    afterSave();
    // What is stored now, for the form's version; the toast has said why the save was refused.
    const stored = (await proxyApi.catalogue(true).catch(() => null))?.items.find((item) => item.id === itemId) ?? null;
    setConflict(true);
    if (stored) setForm((current) => current && { ...current, version: stored.version });
  };
  const save = async () => {
    if (!form || busy || errors.show(itemProblems(form))) return;
    setBusy(true);
    const name = form.name.trim();
    const result = await submitWithNotice(() => proxyApi.saveItem(saveInput(form)), form.itemId ? t.saved(name) : t.added(name));
    setBusy(false);
    if (!result.ok) return refused(result.error, form.itemId);
    setForm(null);
    setConflict(false);
    afterSave();
  };
  return {
    form,
    conflict,
    busy,
    errors: errors.errors,
    open: (item: ProxyItemDto | null, nextOrder: number) => {
      errors.reset();
      setConflict(false);
      setForm(formOf(item, nextOrder));
    },
    close: () => setForm(null),
    change,
    changeMaterial: (index: number, value: string) =>
      change({ materials: materials.map((m, i) => (i === index ? value : m)) }, `material.${index}`),
    addMaterial: () => change({ materials: [...materials, ''] }),
    removeMaterial: (index: number) => {
      errors.reset();
      change({ materials: materials.filter((_m, i) => i !== index) });
    },
    save,
  };
}

/**
 * 代办事项目录 for the county's administrator: every item, active and
 * retired, in order; the form that adds or edits one; retiring and
 * restoring. Every save is made on the version shown.
 */
export function useCatalogueEditor() {
  const list = useRemote(() => proxyApi.catalogue(true));
  const editor = useItemForm(list.reload);
  const items = list.data?.items ?? [];
  const setActive = async (item: ProxyItemDto, active: boolean) => {
    if (!active && !(await confirm(t.confirmRetire(item.name), t.retire))) return;
    await submitWithNotice(() => proxyApi.saveItem(activeInput(item, active)), active ? t.restored(item.name) : t.retiredDone(item.name));
    list.reload();
  };
  return {
    list,
    items,
    editable: list.data?.editable ?? false,
    departments: list.data?.departments ?? [],
    limits: list.data?.limits ?? { materials: 20, stageDays: 60 },
    setActive,
    ...editor,
    open: (item: ProxyItemDto | null) => editor.open(item, Math.max(0, ...items.map((i) => i.order)) + 1),
  };
}

export type CatalogueEditorState = ReturnType<typeof useCatalogueEditor>;
