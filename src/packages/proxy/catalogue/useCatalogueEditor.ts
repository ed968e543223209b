import type { ProxyItemDto } from '@contract';
import { useRecordForm } from '@/hooks/useRecordForm';
import { useRemote } from '@/hooks/useRemote';
import * as proxyApi from '@/services/proxy';
import { proxyText } from '@/text/proxy';
import { confirm } from '@/utils/confirm';
import { submitWithNotice } from '@/utils/submit';
import { activeInput, formOf, itemProblems, refusalProblems, saveInput, type ItemField, type ItemForm } from './itemForm';

const t = proxyText.catalogue;

/** The version of the item stored now, or null when the catalogue cannot be read. */
async function storedVersion(itemId: string | null): Promise<number | null> {
  const stored = await proxyApi.catalogue(true).catch(() => null);
  return stored?.items.find((item) => item.id === itemId)?.version ?? null;
}

/** Item `id` as stored now, as a form to edit; null when the catalogue cannot be read or it is not there. */
async function storedItem(id: string): Promise<ItemForm | null> {
  const stored = await proxyApi.catalogue(true).catch(() => null);
  const item = stored?.items.find((one) => one.id === id);
  return item ? formOf(item, item.order) : null;
}

/**
 * The open form. A save refused because another administrator saved the
 * item meanwhile keeps what was typed, says so in words, and moves the form
 * onto the version now stored: saving again is a decision made knowingly.
 */
function useItemForm(afterSave: () => void) {
  const { open, changeRow, addRow, removeRow, ...form } = useRecordForm<ItemForm, ItemField>({
    problems: itemProblems,
    send: (item, clientKey) => proxyApi.saveItem(saveInput(item, clientKey)),
    saved: (item) => (item.itemId ? t.saved(item.name.trim()) : t.added(item.name.trim())),
    hints: refusalProblems,
    made: storedItem,
    afterSave,
    conflict: { stored: (item) => item.itemId !== null, version: (item) => storedVersion(item.itemId) },
  });
  return {
    ...form,
    open: (item: ProxyItemDto | null, nextOrder: number) => open(formOf(item, nextOrder)),
    changeMaterial: (index: number, value: string) => changeRow('materials', index, () => value, `material.${index}`),
    addMaterial: () => addRow('materials', ''),
    removeMaterial: (index: number) => removeRow('materials', index),
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
