import type { CategoryQuestion, FormOptionsDto } from '@contract';
import { PHONE_PATTERN } from '@contract/phonePattern';
import type { FieldProblems } from '@/hooks/useFieldErrors';
import type { RequestDraft } from '@/state/requestDraft';
import type { PendingFiling } from '@/state/requestOutbox';
import { isCloudError } from '@/services';
import { requestsText } from '@/text/requests';
import { fieldErrorsAt } from '@/utils/fieldErrors';
import { overLimit, requiredText, textLimits } from '@/utils/textLimit';
import { answerHints, answerProblems, answersPayload, type AnswerField } from './answers';

const t = requestsText.filing;

type FormField = 'category' | 'text' | 'grid' | 'address' | 'contactName' | 'contactPhone';
/** The fields of the filing form a problem can be marked at: its own, and each extra question's answer. */
export type FilingField = FormField | AnswerField;

/** The screen each field is on: a problem takes the person back to it (the answers are under what happened). */
const STEP_OF: Record<FormField, RequestDraft['step']> = { category: 1, text: 2, grid: 3, address: 3, contactName: 3, contactPhone: 3 };
const stepOf = (field: FilingField): RequestDraft['step'] => (field.startsWith('answer.') ? 2 : STEP_OF[field as FormField]);

/** The questions the chosen category asks (none before one is chosen). */
export function questionsOf(options: FormOptionsDto | null, categoryId: string | null): CategoryQuestion[] {
  return options?.categories.find((category) => category.id === categoryId)?.questions ?? [];
}

/** The second screen's problems: what happened, and the category's questions. */
export function whatProblems(draft: RequestDraft, options: FormOptionsDto | null): FieldProblems<FilingField> {
  return { text: textProblem(draft.text), ...answerProblems(questionsOf(options, draft.categoryId), draft.answers) };
}

/** What happened, in words: required, and within the limit (kept, never cut). */
export function textProblem(text: string): string | undefined {
  return requiredText(text, t.needText, textLimits.requestText);
}

function contactProblems(draft: RequestDraft, options: FormOptionsDto): FieldProblems<FilingField> {
  const name = draft.contactName.trim();
  const phone = draft.contactPhone.trim();
  return {
    contactName: options.hasName ? undefined : requiredText(name, t.needName, textLimits.personName),
    contactPhone:
      options.hasPhone || draft.noPhone ? undefined : !phone ? t.needContact : PHONE_PATTERN.test(phone) ? undefined : t.wrongPhone,
  };
}

/** Everything the draft still lacks or has wrong, by field. */
export function filingProblems(draft: RequestDraft, options: FormOptionsDto, gridId: string | null): FieldProblems<FilingField> {
  return {
    category: draft.categoryId ? undefined : t.needCategory,
    ...whatProblems(draft, options),
    grid: gridId ? undefined : t.needGrid,
    address: overLimit(draft.address, textLimits.address),
    ...contactProblems(draft, options),
  };
}

/** The payload's paths the form shows elsewhere than under their own name. */
const FIELD_OF_PATH: Partial<Record<string, FilingField>> = {
  categoryId: 'category',
  gridId: 'grid',
  location: 'address',
  noPhone: 'contactPhone',
};

/**
 * A refusal of the filing, by field: the server's per-field hints, and a
 * number another account verified (PHONE_TAKEN) at the phone field. Paths
 * the form has no field for are left out (the refusal is then a toast).
 */
export function refusalProblems(error: unknown): FieldProblems<FilingField> {
  const problems: FieldProblems<FilingField> = fieldErrorsAt(error, Object.keys(STEP_OF) as FormField[], FIELD_OF_PATH);
  if (isCloudError(error) && error.code === 'PHONE_TAKEN') problems.contactPhone ??= error.message;
  if (isCloudError(error)) Object.assign(problems, answerHints(error.fields ?? []));
  return problems;
}

/** The first screen with a problem on it, or null when the draft can be filed. */
export function stepWithProblem(problems: FieldProblems<FilingField>): RequestDraft['step'] | null {
  const steps = (Object.keys(problems) as FilingField[]).filter((field) => problems[field]).map(stepOf);
  return steps.length ? (Math.min(...steps) as RequestDraft['step']) : null;
}

/** The address and map point, when the person gave either. */
function locationOf(draft: RequestDraft) {
  if (!draft.address.trim() && draft.latitude === null) return undefined;
  return {
    ...(draft.address.trim() ? { address: draft.address.trim() } : {}),
    ...(draft.latitude !== null && draft.longitude !== null ? { latitude: draft.latitude, longitude: draft.longitude } : {}),
  };
}

/** The filing the draft makes (photos go separately, through the outbox); the name and number only when the profile lacks them. */
export function filingOf(draft: RequestDraft, options: FormOptionsDto, gridId: string, categoryId: string): PendingFiling {
  const name = draft.contactName.trim();
  const phone = draft.contactPhone.trim();
  return {
    kind: 'submit',
    payload: {
      clientKey: draft.clientKey,
      gridId,
      categoryId,
      text: draft.text.trim(),
      answers: answersPayload(questionsOf(options, categoryId), draft.answers),
      location: locationOf(draft),
      publicName: draft.publicName,
      ...(!options.hasName && name ? { contactName: name } : {}),
      ...(!options.hasPhone && phone ? { contactPhone: phone } : {}),
      ...(!options.hasPhone && !phone && draft.noPhone ? { noPhone: true } : {}),
    },
  };
}
