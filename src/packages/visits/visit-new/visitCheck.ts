import type { FieldProblems } from '@/hooks/useFieldErrors';
import { visitsText } from '@/text/visits';
import { overLimit, requiredText, textLimits } from '@/utils/textLimit';
import type { ProblemDraft, VisitDraft } from './visitDraft';

const t = visitsText.visitForm;

/** A problem's field is named by its key: problems can be removed, so their index moves. */
export type ProblemField = `problem.${string}`;
export type VisitField = 'seen' | 'said' | 'help' | 'address' | ProblemField;

export const problemField = (problem: ProblemDraft): ProblemField => `problem.${problem.key}`;

/** What a problem at the door still lacks or has too much of. */
export function problemProblem(problem: ProblemDraft): string | undefined {
  if (!problem.categoryId) return t.needProblem;
  return requiredText(problem.text, t.needProblem, textLimits.visitProblem);
}

/** Everything the diary entry still lacks or has too long, by field; nothing is cut to fit. */
export function visitProblems(draft: VisitDraft): FieldProblems<VisitField> {
  const problems: FieldProblems<VisitField> = {
    seen: requiredText(draft.seen, t.needSeen, textLimits.visitSeen),
    said: overLimit(draft.said, textLimits.visitSaid),
    help: overLimit(draft.help, textLimits.visitHelp),
    address: overLimit(draft.address, textLimits.address),
  };
  for (const problem of draft.problems) problems[problemField(problem)] = problemProblem(problem);
  return problems;
}
