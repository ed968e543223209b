import { Input } from '@tarojs/components';
import FormField from '@/components/FormField';
import { requestsText } from '@/text/requests';
import type { ProxyForm } from './useProxyFiling';

const t = requestsText.proxyFile;

/** Who the grid member files for: name, household, phone (later, that phone sees the request). */
export default function ResidentFields({ form, set }: { form: ProxyForm; set: (fields: Partial<ProxyForm>) => void }) {
  return (
    <>
      <FormField inset label={t.residentName}>
        <Input className="gt-field__input gt-proxy__name" value={form.residentName} maxlength={20} onInput={(e) => set({ residentName: e.detail.value })} />
      </FormField>
      <FormField inset label={t.household}>
        <Input
          className="gt-field__input gt-proxy__household"
          value={form.household}
          maxlength={60}
          placeholder={t.householdPlaceholder}
          onInput={(e) => set({ household: e.detail.value })}
        />
      </FormField>
      <FormField inset label={t.residentPhone}>
        <Input className="gt-field__input gt-proxy__phone" type="number" value={form.residentPhone} maxlength={13} onInput={(e) => set({ residentPhone: e.detail.value })} />
      </FormField>
    </>
  );
}
