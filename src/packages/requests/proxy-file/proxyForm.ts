import type { CategoryQuestion } from '@contract';
import { PHONE_PATTERN } from '@contract/phonePattern';
import type { FieldProblems } from '@/hooks/useFieldErrors';
import { isCloudError } from '@/services';
import { requestsText } from '@/text/requests';
import { fieldErrorsAt } from '@/utils/fieldErrors';
import { overLimit, requiredText, textLimits } from '@/utils/textLimit';
import { answerHints, answerProblems, type AnswerField } from '../new/answers';
import { textProblem } from '../new/filing';
import type { ProxyForm } from './useProxyFiling';

const t = requestsText.proxyFile;

const PROXY_FIELDS = ['residentName', 'household', 'residentPhone', 'categoryId', 'text', 'address'] as const;

/** The form's fields, and each of the category's extra questions. */
export type ProxyField = (typeof PROXY_FIELDS)[number] | AnswerField;

/** Everything the 代办 form still lacks or has wrong, by field. */
export function proxyProblems(
  form: ProxyForm,
  hasCategory: boolean,
  questions: readonly CategoryQuestion[] = [],
): FieldProblems<ProxyField> {
  const phone = form.residentPhone.trim();
  return {
    residentName: requiredText(form.residentName, t.needName, textLimits.personName),
    household: requiredText(form.household, t.needHousehold, textLimits.household),
    residentPhone: !phone ? t.needPhone : PHONE_PATTERN.test(phone) ? undefined : requestsText.filing.wrongPhone,
    categoryId: hasCategory ? undefined : t.chooseCategory,
    text: textProblem(form.text),
    address: overLimit(form.address, textLimits.address),
    ...answerProblems(questions, form.answers),
  };
}

/** A refusal's per-field hints at the 代办 form's fields (the address is the payload's `location`); the rest is said otherwise. */
export function proxyRefusalProblems(error: unknown): FieldProblems<ProxyField> {
  const hints: FieldProblems<ProxyField> = fieldErrorsAt(error, PROXY_FIELDS, { location: 'address' });
  return isCloudError(error) ? { ...hints, ...answerHints(error.fields ?? []) } : hints;
}
