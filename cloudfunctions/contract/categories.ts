import { z } from 'zod';
import { textLimits as max } from './textLimits';
import { clientKeySchema, idSchema, NEW_NEEDS_KEY } from './common';
import {
  questionLimits,
  type AnswerValue,
  type CategoryQuestion,
  type FiledAnswer,
  type QuestionKind,
} from '../domain/catalog/categoryQuestions';

/** 诉求类别 (request categories) and their extra questions: edited by the county's administrator (admin function). */

/** A question's id: `q1`, `q2` … as the server gave it. */
const questionIdSchema = z.string().regex(/^q\d{1,4}$/, '问题编号格式不正确');
const boundSchema = z.number().finite().min(-questionLimits.numberBound).max(questionLimits.numberBound);
const versionSchema = z.number().int().min(0).max(1_000_000);

const questionBase = {
  /** Left out for a new question. */
  id: questionIdSchema.optional(),
  label: z.string().trim().min(1).max(max.questionLabel),
  required: z.boolean(),
};

const questionSchema = z.discriminatedUnion('kind', [
  z.object({ ...questionBase, kind: z.literal('text'), maxLength: z.number().int().min(1).max(questionLimits.textMax) }).strict(),
  z
    .object({
      ...questionBase,
      kind: z.literal('number'),
      min: boundSchema,
      max: boundSchema,
      unit: z.string().trim().max(max.questionUnit).default(''),
    })
    .strict(),
  z.object({ ...questionBase, kind: z.literal('yesNo') }).strict(),
  z
    .object({
      ...questionBase,
      kind: z.literal('choice'),
      options: z.array(z.string().trim().min(1).max(max.questionOption)).min(questionLimits.minOptions).max(questionLimits.maxOptions),
    })
    .strict(),
]);

/**
 * A filing's answers to its category's questions, by question id. Bounded
 * here; checked against the category's questions as they are now by the
 * server (domain/catalog/checkAnswers).
 */
export const answersSchema = z
  .record(questionIdSchema, z.union([z.string().trim().max(questionLimits.textMax), z.number().finite(), z.boolean()]))
  .refine((answers) => Object.keys(answers).length <= questionLimits.questions * 2, '回答的问题太多了')
  .default({});

export const categoryRequests = {
  /** Every category, active and retired, in order, with its questions and version (for the editor). */
  categories: z.object({}).strict(),
  /** A new category (categoryId left out), or an edit of one made on `version`. */
  saveCategory: z
    .object({
      categoryId: idSchema.optional(),
      version: versionSchema.optional(),
      name: z.string().trim().min(2).max(max.categoryName),
      icon: z.string().trim().min(1).max(30),
      timeLimitDays: z.number().int().min(1).max(60),
      questions: z.array(questionSchema).max(questionLimits.questions),
      /** The phone's key of a new one, kept until answered: a resend after a lost answer adds it once. */
      clientKey: clientKeySchema.optional(),
    })
    .strict()
    .refine((p) => p.categoryId !== undefined || p.clientKey !== undefined, { message: NEW_NEEDS_KEY, path: ['clientKey'] }),
  /** The whole list in its new order (every category once, retired ones too). */
  setCategoryOrder: z.object({ categoryIds: z.array(idSchema).min(1).max(100) }).strict(),
  /** Retires a category (active: false) or brings it back. */
  setCategoryActive: z.object({ categoryId: idSchema, version: versionSchema, active: z.boolean() }).strict(),
};

export type { CategoryQuestion, FiledAnswer, QuestionKind };
/** One answer as a filing sends it. */
export type AnswerValueDto = AnswerValue;

/** A question as the editor sends it (an existing one with its id). */
export type QuestionInput = z.input<typeof questionSchema>;

export interface EditableCategoryDto {
  id: string;
  name: string;
  icon: string;
  timeLimitDays: number;
  active: boolean;
  questions: CategoryQuestion[];
  version: number;
}

export interface CategoriesDto {
  categories: EditableCategoryDto[];
  /** The icons a category may have. */
  icons: string[];
  /** Only the county's administrator may change categories. */
  editable: boolean;
  limits: { questions: number; minOptions: number; maxOptions: number; textMax: number };
}

export interface CategoryChangeDto {
  logId: string;
  category: EditableCategoryDto;
}

export interface CategoryResponses {
  categories: CategoriesDto;
  saveCategory: CategoryChangeDto;
  setCategoryOrder: { logId: string; categories: EditableCategoryDto[] };
  setCategoryActive: CategoryChangeDto;
}
