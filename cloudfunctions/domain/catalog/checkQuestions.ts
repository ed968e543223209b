import type { FieldError } from '../shared/FieldError';
import { DomainError } from '../shared/DomainError';
import { questionLimits as limits, type CategoryQuestion, type QuestionDraft } from './categoryQuestions';

function problemsOf(question: QuestionDraft, at: string): FieldError[] {
  const problems: FieldError[] = [];
  const add = (field: string, message: string) => problems.push({ path: `${at}.${field}`, message });
  if (question.label.trim() === '') add('label', '请填写问题');
  switch (question.kind) {
    case 'text':
      if (!Number.isInteger(question.maxLength) || question.maxLength < 1 || question.maxLength > limits.textMax)
        add('maxLength', `字数上限应在1到${limits.textMax}之间`);
      break;
    case 'number':
      if (question.min > question.max) add('max', '最大值不能小于最小值');
      break;
    case 'choice': {
      const options = question.options.map((option) => option.trim());
      if (options.length < limits.minOptions || options.length > limits.maxOptions)
        add('options', `选项应有${limits.minOptions}到${limits.maxOptions}个`);
      if (options.some((option) => option === '')) add('options', '选项不能为空');
      if (new Set(options).size !== options.length) add('options', '选项不能重复');
      break;
    }
    case 'yesNo':
      break;
  }
  return problems;
}

/**
 * The questions as they will be kept: each checked, labels distinct, an
 * existing question keeping its id (only ids the category has), a new one
 * taking the next number, never one used before.
 */
export function checkQuestions(
  drafts: readonly QuestionDraft[],
  before: readonly CategoryQuestion[],
  nextNo: number,
): { questions: CategoryQuestion[]; nextQuestionNo: number } {
  if (drafts.length > limits.questions) {
    throw new DomainError('INVALID_INPUT', `补充问题最多${limits.questions}个`, [
      { path: 'questions', message: `最多${limits.questions}个` },
    ]);
  }
  const problems = drafts.flatMap((draft, index) => problemsOf(draft, `questions.${index}`));
  const labels = drafts.map((draft) => draft.label.trim());
  labels.forEach((label, index) => {
    if (label !== '' && labels.indexOf(label) !== index) problems.push({ path: `questions.${index}.label`, message: '和前面的问题重复了' });
  });
  const known = new Set(before.map((question) => question.id));
  const ids = drafts.map((draft) => draft.id).filter((id): id is string => id !== undefined);
  if (ids.some((id) => !known.has(id)) || new Set(ids).size !== ids.length) {
    throw new DomainError('CONFLICT', '这个类别的问题刚刚被人改过，请刷新后再改');
  }
  if (problems.length > 0) throw new DomainError('INVALID_INPUT', '补充问题填写有误，请按提示修改', problems);
  let next = nextNo;
  const questions = drafts.map((draft): CategoryQuestion => {
    const id = draft.id ?? `q${next++}`;
    const label = draft.label.trim();
    if (draft.kind === 'choice') return { ...draft, id, label, options: draft.options.map((option) => option.trim()) };
    if (draft.kind === 'number') return { ...draft, id, label, unit: draft.unit.trim() };
    return { ...draft, id, label };
  });
  return { questions, nextQuestionNo: next };
}
