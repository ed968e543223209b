import { PHONE_PATTERN } from '@contract/phonePattern';
import { proxyText } from '@/text/proxy';
import { requiredText, textLimits } from '@/utils/textLimit';

const t = proxyText.form;

/** What the agent fills in to open a case. */
export interface CaseForm {
  itemId: string | null;
  gridId: string | null;
  residentName: string;
  residentPhone: string;
  household: string;
  checked: string[];
  /** Photos kept on the phone until sent. */
  photos: string[];
}

export type CaseField = 'itemId' | 'gridId' | 'residentName' | 'residentPhone' | 'household' | 'checked' | 'photos';

export const EMPTY_FORM: CaseForm = {
  itemId: null,
  gridId: null,
  residentName: '',
  residentPhone: '',
  household: '',
  checked: [],
  photos: [],
};

/** What the form still lacks or has wrong, by field (the server checks the same). */
export function caseProblems(form: CaseForm): Partial<Record<CaseField, string>> {
  const phone = form.residentPhone.trim();
  return {
    itemId: form.itemId ? undefined : t.noItem,
    gridId: form.gridId ? undefined : t.noGrid,
    residentName: requiredText(form.residentName.trim(), t.noName, textLimits.personName),
    residentPhone: PHONE_PATTERN.test(phone) ? undefined : t.badPhone,
    household: requiredText(form.household.trim(), t.noHousehold, textLimits.household),
  };
}
