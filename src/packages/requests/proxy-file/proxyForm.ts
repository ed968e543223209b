import { PHONE_PATTERN } from '@contract/phonePattern';
import type { FieldProblems } from '@/hooks/useFieldErrors';
import { requestsText } from '@/text/requests';
import { fieldErrorsAt } from '@/utils/fieldErrors';
import { overLimit, requiredText, textLimits } from '@/utils/textLimit';
import { textProblem } from '../new/filing';
import type { ProxyForm } from './useProxyFiling';

const t = requestsText.proxyFile;

const PROXY_FIELDS = ['residentName', 'household', 'residentPhone', 'categoryId', 'text', 'address'] as const;

export type ProxyField = (typeof PROXY_FIELDS)[number];

/** Everything the 代办 form still lacks or has wrong, by field. */
export function proxyProblems(form: ProxyForm, hasCategory: boolean): FieldProblems<ProxyField> {
  const phone = form.residentPhone.trim();
  return {
    residentName: requiredText(form.residentName, t.needName, textLimits.personName),
    household: requiredText(form.household, t.needHousehold, textLimits.household),
    residentPhone: !phone ? t.needPhone : PHONE_PATTERN.test(phone) ? undefined : requestsText.filing.wrongPhone,
    categoryId: hasCategory ? undefined : t.chooseCategory,
    text: textProblem(form.text),
    address: overLimit(form.address, textLimits.address),
  };
}

/** A refusal's per-field hints at the 代办 form's fields (the address is the payload's `location`); the rest is said otherwise. */
export function proxyRefusalProblems(error: unknown): FieldProblems<ProxyField> {
  return fieldErrorsAt(error, PROXY_FIELDS, { location: 'address' });
}
