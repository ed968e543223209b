/**
 * Extra questions a category asks on the filing form (补充问题): a short
 * list of typed fields. Zod-free and import-free: the contract's schemas and
 * the mini-program's form read the same kinds and limits.
 */
export const QUESTION_KINDS = ['text', 'number', 'yesNo', 'choice'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export const questionLimits = {
  /** Questions per category: a resident answers a few, not a survey. */
  questions: 5,
  minOptions: 2,
  maxOptions: 8,
  /** The longest a text answer may be allowed to be. */
  textMax: 300,
  /** Bounds any number question may use. */
  numberBound: 1_000_000_000,
} as const;

interface QuestionBase {
  /** Stable within the category and never reused (`q1`, `q2` …): an answer names it. */
  id: string;
  label: string;
  required: boolean;
}

export interface TextQuestion extends QuestionBase {
  kind: 'text';
  maxLength: number;
}

export interface NumberQuestion extends QuestionBase {
  kind: 'number';
  min: number;
  max: number;
  /** 亩, 人, 元 … ('' for none). */
  unit: string;
}

export interface YesNoQuestion extends QuestionBase {
  kind: 'yesNo';
}

export interface ChoiceQuestion extends QuestionBase {
  kind: 'choice';
  options: string[];
}

export type CategoryQuestion = TextQuestion | NumberQuestion | YesNoQuestion | ChoiceQuestion;

/** What a question is being saved as: an existing one keeps its id, a new one has none yet. */
export type QuestionDraft =
  | (Omit<TextQuestion, 'id'> & { id?: string })
  | (Omit<NumberQuestion, 'id'> & { id?: string })
  | (Omit<YesNoQuestion, 'id'> & { id?: string })
  | (Omit<ChoiceQuestion, 'id'> & { id?: string });

/** One answer as sent with a filing: a text, a number, yes/no, or the chosen option. */
export type AnswerValue = string | number | boolean;

/**
 * An answer kept on the request with the question as it was asked, so a
 * later edit of the category's questions never changes what was filed.
 */
export interface FiledAnswer {
  questionId: string;
  label: string;
  kind: QuestionKind;
  value: AnswerValue;
  /** The answer in words: "3 亩", "是", "自来水". */
  text: string;
}
