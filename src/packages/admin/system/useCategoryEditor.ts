import { useState } from 'react';
import type { EditableCategoryDto } from '@contract';
import { useFieldErrors } from '@/hooks/useFieldErrors';
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

/** The open form: its fields, its questions, and saving it. */
function useCategoryForm(afterSave: () => void) {
  const [form, setForm] = useState<CategoryForm | null>(null);
  const errors = useFieldErrors<CategoryField>();
  const change = (fields: Partial<CategoryForm>) => {
    setForm((current) => (current ? { ...current, ...fields } : current));
    for (const key of Object.keys(fields)) if (key !== 'questions') errors.clear(key as CategoryField);
  };
  const changeQuestion = (index: number, fields: Partial<QuestionForm>) => {
    setForm((current) => current && { ...current, questions: current.questions.map((q, i) => (i === index ? { ...q, ...fields } : q)) });
    errors.clear(`question.${index}`);
  };
  const questions = form?.questions ?? [];
  const save = async () => {
    if (!form || errors.show(categoryProblems(form))) return;
    const name = form.name.trim();
    const result = await submitWithNotice(() => adminApi.saveCategory(saveInput(form)), form.categoryId ? t.saved(name) : t.added(name));
    if (result.ok) {
      setForm(null);
      afterSave();
    } else errors.show(refusalProblems(result.error));
  };
  return {
    form,
    errors: errors.errors,
    open: (category: EditableCategoryDto | null, firstIcon: string) => {
      errors.reset();
      setForm(formOf(category, firstIcon));
    },
    close: () => setForm(null),
    change,
    changeQuestion,
    addQuestion: () => change({ questions: [...questions, newQuestion()] }),
    removeQuestion: (index: number) => {
      errors.reset();
      change({ questions: questions.filter((_q, i) => i !== index) });
    },
    save,
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
