import type { EditableCategoryDto, QuestionInput, QuestionKind } from '@contract';
import type { FieldProblems } from '@/hooks/useFieldErrors';
import { fieldErrorsBy } from '@/utils/fieldErrors';
import { adminText } from '@/text/admin';
import { textLimits } from '@/utils/textLimit';

const t = adminText.categories;

/** A question as the editor holds it: numbers and options as typed. */
export interface QuestionForm {
  /** An existing question's id (kept, so filed answers still name it); absent for a new one. */
  id?: string;
  kind: QuestionKind;
  label: string;
  required: boolean;
  maxLength: string;
  min: string;
  max: string;
  unit: string;
  /** One option per line. */
  options: string;
}

export interface CategoryForm {
  /** null: a new category. */
  categoryId: string | null;
  version: number;
  name: string;
  icon: string;
  timeLimitDays: number;
  questions: QuestionForm[];
}

/** Fields a problem is marked at: the category's own, or question n's (`question.2`). */
export type CategoryField = 'name' | 'icon' | 'timeLimitDays' | 'questions' | `question.${number}`;

export function newQuestion(): QuestionForm {
  return { kind: 'text', label: '', required: false, maxLength: '50', min: '0', max: '100', unit: '', options: '' };
}

export function formOf(category: EditableCategoryDto | null, firstIcon: string): CategoryForm {
  if (!category) return { categoryId: null, version: 0, name: '', icon: firstIcon, timeLimitDays: 5, questions: [] };
  const questions = category.questions.map((q): QuestionForm => {
    const form = { ...newQuestion(), id: q.id, kind: q.kind, label: q.label, required: q.required };
    if (q.kind === 'text') return { ...form, maxLength: String(q.maxLength) };
    if (q.kind === 'number') return { ...form, min: String(q.min), max: String(q.max), unit: q.unit };
    if (q.kind === 'choice') return { ...form, options: q.options.join('\n') };
    return form;
  });
  const { id, version, name, icon, timeLimitDays } = category;
  return { categoryId: id, version, name, icon, timeLimitDays, questions };
}

const optionsOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

const numberOf = (text: string): number | null => (text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : null);

function questionProblem(q: QuestionForm): string | undefined {
  if (!q.label.trim() || [...q.label.trim()].length > textLimits.questionLabel) return t.labelWrong;
  if (q.kind === 'text' && numberOf(q.maxLength) === null) return t.numberWrong;
  if (q.kind === 'number' && (numberOf(q.min) === null || numberOf(q.max) === null)) return t.numberWrong;
  return undefined;
}

/** What the editor can tell before sending; the server checks the rest (limits, options, names). */
export function categoryProblems(form: CategoryForm): FieldProblems<CategoryField> {
  const name = [...form.name.trim()].length;
  const problems: FieldProblems<CategoryField> = { name: name < 2 || name > textLimits.categoryName ? t.nameWrong : undefined };
  form.questions.forEach((q, index) => {
    problems[`question.${index}`] = questionProblem(q);
  });
  return problems;
}

function questionInput(q: QuestionForm): QuestionInput {
  const base = { ...(q.id ? { id: q.id } : {}), label: q.label.trim(), required: q.required };
  switch (q.kind) {
    case 'text':
      return { ...base, kind: 'text', maxLength: Number(q.maxLength) };
    case 'number':
      return { ...base, kind: 'number', min: Number(q.min), max: Number(q.max), unit: q.unit.trim() };
    case 'yesNo':
      return { ...base, kind: 'yesNo' };
    case 'choice':
      return { ...base, kind: 'choice', options: optionsOf(q.options) };
  }
}

export function saveInput(form: CategoryForm, clientKey: string) {
  return {
    // A new one carries the form's key; an edit is made on its version.
    ...(form.categoryId ? { categoryId: form.categoryId, version: form.version } : { clientKey }),
    name: form.name.trim(),
    icon: form.icon,
    timeLimitDays: form.timeLimitDays,
    questions: form.questions.map(questionInput),
  };
}

/** A payload path's field on the form: `questions.1.label` is the second question. */
function fieldAt(path: string): CategoryField | null {
  const [head, index] = path.split('.');
  if (head === 'questions' && index !== undefined) return `question.${Number(index)}`;
  return head === 'name' || head === 'icon' || head === 'timeLimitDays' ? head : null;
}

/** The server's hints at the editor's fields: `questions.2.options` at question 3. */
export function refusalProblems(error: unknown): FieldProblems<CategoryField> {
  return fieldErrorsBy(error, fieldAt);
}

/** The list with one category moved a place up (-1) or down (+1); null at either end. */
export function moved(ids: readonly string[], id: string, by: -1 | 1): string[] | null {
  const from = ids.indexOf(id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= ids.length) return null;
  const next = [...ids];
  [next[from], next[to]] = [next[to], next[from]];
  return next;
}
