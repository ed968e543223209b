import { Input } from '@tarojs/components';
import FormField from '@/components/FormField';
import type { FieldProblems } from '@/hooks/useFieldErrors';
import { requestsText } from '@/text/requests';
import { textLimits, UNCUT } from '@/utils/textLimit';
import type { ProxyField } from './proxyForm';
import type { ProxyForm } from './useProxyFiling';

const t = requestsText.proxyFile;

interface ResidentFieldsProps {
  form: ProxyForm;
  errors: FieldProblems<ProxyField>;
  set: (fields: Partial<ProxyForm>) => void;
}

/** Who the grid member files for: name, household, phone (later, that phone sees the request). */
export default function ResidentFields({ form, errors, set }: ResidentFieldsProps) {
  return (
    <>
      <FormField inset label={t.residentName} error={errors.residentName}>
        <Input
          className="gt-field__input gt-proxy__name"
          value={form.residentName}
          maxlength={UNCUT}
          onInput={(e) => set({ residentName: e.detail.value })}
        />
      </FormField>
      <FormField inset label={t.household} error={errors.household} count={{ value: form.household, max: textLimits.household }}>
        <Input
          className="gt-field__input gt-proxy__household"
          value={form.household}
          maxlength={UNCUT}
          placeholder={t.householdPlaceholder}
          onInput={(e) => set({ household: e.detail.value })}
        />
      </FormField>
      <FormField inset label={t.residentPhone} error={errors.residentPhone}>
        <Input
          className="gt-field__input gt-proxy__phone"
          type="number"
          value={form.residentPhone}
          maxlength={UNCUT}
          onInput={(e) => set({ residentPhone: e.detail.value })}
        />
      </FormField>
    </>
  );
}
