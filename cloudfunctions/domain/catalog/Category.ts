import type { LastEdit } from '../shared/lastEdit';
import type { CategoryQuestion } from './categoryQuestions';

/** One edit of a category, appended (who changed what, when). */
export interface CategoryEdit {
  at: Date;
  /** The administrator's OPENID. */
  by: string;
  what: string;
}

/**
 * A kind of request (诉求类别); the list is data the county administrator
 * edits. A retired category (`active: false`) is offered for no new filing;
 * requests, grid duties and departments that name it keep its id.
 * Documents written before categories were editable lack the optional fields.
 */
export interface Category {
  _id: string;
  name: string;
  /** Icon name shown on the large category buttons (one of CATEGORY_ICONS). */
  icon: string;
  /** 限时办结: working days the grid has before the request escalates. */
  timeLimitDays: number;
  order: number;
  active: boolean;
  /** Extra questions asked on the filing form, in order. */
  questions?: CategoryQuestion[];
  /** The number the next new question's id takes (ids are never reused). */
  nextQuestionNo?: number;
  /** Raised by every change: an edit names the version it was made on. */
  version?: number;
  /** The edit that produced the version (absent before, or when another write produced it). */
  lastEdit?: LastEdit;
  updatedAt?: Date;
  history?: CategoryEdit[];
}

/** The questions of a category (none for one saved before questions existed). */
export function questionsOf(category: Pick<Category, 'questions'>): CategoryQuestion[] {
  return category.questions ?? [];
}

export function versionOf(category: Pick<Category, 'version'>): number {
  return category.version ?? 0;
}
