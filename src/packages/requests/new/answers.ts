import type { AnswerValueDto, CategoryQuestion } from '@contract';
import { requestsText } from '@/text/requests';
import { overLimit } from '@/utils/textLimit';

const t = requestsText.filing;

/** The field a question's answer is shown in (its problems are marked there). */
export type AnswerField = `answer.${string}`;

export type DraftAnswers = Record<string, string | boolean>;

const isBlank = (value: string | boolean | undefined) => value === undefined || (typeof value === 'string' && value.trim() === '');

/** What an answer lacks or has wrong, as the server would say it (it checks again). */
function answerProblem(question: CategoryQuestion, value: string | boolean | undefined): string | undefined {
  if (isBlank(value)) return question.required ? t.needAnswer : undefined;
  if (question.kind === 'text') return overLimit(String(value), question.maxLength);
  if (question.kind === 'number') {
    const number = Number(value);
    if (typeof value !== 'string' || !Number.isFinite(number)) return t.needNumber;
    return number < question.min || number > question.max ? t.numberRange(question.min, question.max) : undefined;
  }
  return undefined;
}

export function answerProblems(questions: readonly CategoryQuestion[], answers: DraftAnswers): Partial<Record<AnswerField, string>> {
  const problems: Partial<Record<AnswerField, string>> = {};
  for (const question of questions) problems[`answer.${question.id}`] = answerProblem(question, answers[question.id]);
  return problems;
}

/** The answers the payload carries: only the category's questions, the blank ones left out, numbers as numbers. */
export function answersPayload(questions: readonly CategoryQuestion[], answers: DraftAnswers): Record<string, AnswerValueDto> {
  const payload: Record<string, AnswerValueDto> = {};
  for (const question of questions) {
    const value = answers[question.id];
    if (isBlank(value)) continue;
    payload[question.id] = question.kind === 'number' ? Number(value) : typeof value === 'string' ? value.trim() : value;
  }
  return payload;
}

/** The server's hints at the answers (`answers.q2` → `answer.q2`). */
export function answerHints(fields: ReadonlyArray<{ path: string; message: string }>): Partial<Record<AnswerField, string>> {
  const hints: Partial<Record<AnswerField, string>> = {};
  for (const field of fields) {
    const [head, id] = field.path.split('.');
    if (head === 'answers' && id) hints[`answer.${id}`] ??= field.message;
  }
  return hints;
}
