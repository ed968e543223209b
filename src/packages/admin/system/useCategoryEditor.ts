import type { EditableCategoryDto } from '@contract';
import { useRecordForm } from '@/hooks/useRecordForm';
import { useRemote } from '@/hooks/useRemote';
import * as adminApi from '@/services/admin';
import { adminText } from '@/text/admin';
import { confirm } from '@/utils/confirm';
import { submitWithNotice } from '@/utils/submit';
import {
  categoryProblems,
  formOf,
  moved,
  newQuestion,
  refusalProblems,
  saveInput,
  type CategoryField,
  type CategoryForm,
  type QuestionForm,
} from './categoryForm';

const t = adminText.categories;

/** Category `id` as stored now, as a form to edit; null when the list cannot be read or it is not there. */
async function storedCategory(id: string): Promise<CategoryForm | null> {
  const stored = await adminApi.categories().catch(() => null);
  const category = stored?.categories.find((one) => one.id === id);
  return category ? formOf(category, stored?.icons[0] ?? 'help') : null;
}

/** The open form: a category's fields and its questions. */
function useCategoryForm(afterSave: () => void) {
  const { open, changeRow, addRow, removeRow, ...form } = useRecordForm<CategoryForm, CategoryField>({
    problems: categoryProblems,
    send: (category, clientKey) => adminApi.saveCategory(saveInput(category, clientKey)),
    saved: (category) => (category.categoryId ? t.saved(category.name.trim()) : t.added(category.name.trim())),
    hints: refusalProblems,
    made: storedCategory,
    afterSave,
  });
  return {
    ...form,
    open: (category: EditableCategoryDto | null, firstIcon: string) => open(formOf(category, firstIcon)),
    changeQuestion: (index: number, fields: Partial<QuestionForm>) =>
      changeRow('questions', index, (question) => ({ ...question, ...fields }), `question.${index}`),
    addQuestion: () => addRow('questions', newQuestion()),
    removeQuestion: (index: number) => removeRow('questions', index),
  };
}

/**
 * 诉求类别 in 系统管理: the list in order (move up or down, retire or
 * restore) and the form that adds or edits one. Every change is made on the
 * version shown; another administrator's change meanwhile is refused
 * (CONFLICT) and the list reloads.
 */
export function useCategoryEditor() {
  const list = useRemote(adminApi.categories);
  const editor = useCategoryForm(list.reload);
  const categories = list.data?.categories ?? [];

  const run = async <T>(work: () => Promise<T>, success: string) => {
    const result = await submitWithNotice(work, success);
    list.reload();
    return result.ok;
  };
  const move = (category: EditableCategoryDto, by: -1 | 1) => {
    const ids = moved(
      categories.map((c) => c.id),
      category.id,
      by,
    );
    if (ids) void run(() => adminApi.setCategoryOrder(ids), t.ordered);
  };
  const setActive = async (category: EditableCategoryDto, active: boolean) => {
    if (!active && !(await confirm(t.confirmRetire(category.name), t.retire))) return;
    await run(
      () => adminApi.setCategoryActive(category.id, category.version, active),
      active ? t.restored(category.name) : t.retiredDone(category.name),
    );
  };
  return {
    list,
    categories,
    editable: list.data?.editable ?? false,
    icons: list.data?.icons ?? [],
    move,
    setActive,
    ...editor,
    open: (category: EditableCategoryDto | null) => editor.open(category, list.data?.icons[0] ?? 'help'),
  };
}

export type CategoryEditorState = ReturnType<typeof useCategoryEditor>;
