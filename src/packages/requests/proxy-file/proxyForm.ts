import { PHONE_PATTERN } from '@contract/phonePattern';
import type { FieldProblems } from '@/hooks/useFieldErrors';
import { requestsText } from '@/text/requests';
import { overLimit, requiredText, textLimits } from '@/utils/textLimit';
import { textProblem } from '../new/filing';
import type { ProxyForm } from './useProxyFiling';

const t = requestsText.proxyFile;

export type ProxyField = 'residentName' | 'household' | 'residentPhone' | 'categoryId' | 'text' | 'address';

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
