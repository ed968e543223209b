import type { FieldError } from '../shared/FieldError';
import { DomainError } from '../shared/DomainError';
import type { AnswerValue, CategoryQuestion, FiledAnswer } from './categoryQuestions';

/** Not answered: nothing sent, or only blanks typed. */
function isBlank(value: AnswerValue | undefined): value is undefined {
  return value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** The answer in words, or the hint the form shows at the question when it does not fit. */
function answerText(question: CategoryQuestion, value: AnswerValue): { text: string } | { problem: string } {
  switch (question.kind) {
    case 'text': {
      if (typeof value !== 'string') return { problem: '请填写文字' };
      const text = value.trim();
      return text.length > question.maxLength
        ? { problem: `最多${question.maxLength}个字，请删去${text.length - question.maxLength}个` }
        : { text };
    }
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return { problem: '请填写数字' };
      if (value < question.min || value > question.max) return { problem: `请填写${question.min}到${question.max}之间的数` };
      return { text: question.unit ? `${value} ${question.unit}` : String(value) };
    case 'yesNo':
      return typeof value === 'boolean' ? { text: value ? '是' : '否' } : { problem: '请选择“是”或“否”' };
    case 'choice':
      return typeof value === 'string' && question.options.includes(value) ? { text: value } : { problem: '请从选项中选择' };
  }
}

/**
 * A filing's answers checked against the category's questions as they are
 * now: every required one answered, each of its type and within its limits,
 * none for a question the category no longer asks (the form was made from
 * older questions: QUESTIONS_CHANGED, so a filing kept on the phone says so
 * instead of filing answers to questions nobody asked). Kept with each
 * question's words, in the category's order. A request made from a 留言
 * or a visit problem has no form to answer on: `requireAnswers` false
 * files what it has, and the handler asks the rest.
 */
export function checkAnswers(
  questions: readonly CategoryQuestion[],
  answers: Readonly<Record<string, AnswerValue>>,
  options: { requireAnswers: boolean } = { requireAnswers: true },
): FiledAnswer[] {
  const asked = new Set(questions.map((question) => question.id));
  if (Object.keys(answers).some((id) => !asked.has(id))) throw new DomainError('QUESTIONS_CHANGED');
  const problems: FieldError[] = [];
  const filed: FiledAnswer[] = [];
  for (const question of questions) {
    const value = Object.prototype.hasOwnProperty.call(answers, question.id) ? answers[question.id] : undefined;
    if (isBlank(value)) {
      if (question.required && options.requireAnswers)
        problems.push({ path: `answers.${question.id}`, message: `请回答“${question.label}”` });
      continue;
    }
    const checked = answerText(question, value);
    if ('problem' in checked) problems.push({ path: `answers.${question.id}`, message: checked.problem });
    else
      filed.push({
        questionId: question.id,
        label: question.label,
        kind: question.kind,
        value: typeof value === 'string' ? checked.text : value,
        text: checked.text,
      });
  }
  if (problems.length > 0) throw new DomainError('INVALID_INPUT', '补充问题还有没答好的，请按提示填写', problems);
  return filed;
}

/** Answers for a sheet cell or a line: "标签：答案；标签：答案". */
export function answersInWords(answers: readonly FiledAnswer[] | undefined): string {
  return (answers ?? []).map((answer) => `${answer.label}：${answer.text}`).join('；');
}
