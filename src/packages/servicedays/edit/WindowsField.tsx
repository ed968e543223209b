import { Input, Text, View } from '@tarojs/components';
import Button from '@/components/Button';
import FormField from '@/components/FormField';
import { servicedaysText } from '@/text/servicedays';
import { UNCUT } from '@/utils/textLimit';
import type { FormPatch, ServiceDayForm } from './serviceDayForm';

const t = servicedaysText;

/** The windows (社保, 医保 …) and how many people each serves per slot. */
export default function WindowsField({ form, error, set }: { form: ServiceDayForm; error?: string; set: (patch: FormPatch) => void }) {
  const change = (index: number, patch: Partial<ServiceDayForm['windows'][number]>) =>
    set({ windows: form.windows.map((x, i) => (i === index ? { ...x, ...patch } : x)) });
  return (
    <FormField label={t.fieldWindows} error={error}>
      {form.windows.map((w, index) => (
        <View key={w.id ?? `new-${index}`} className="gt-sd__row">
          <Input
            className="gt-sd__input gt-sd-edit__window-name"
            placeholder={t.windowName}
            value={w.name}
            maxlength={UNCUT}
            onInput={(e) => change(index, { name: e.detail.value })}
          />
          <Input
            className="gt-sd__input gt-sd-edit__window-capacity"
            type="number"
            placeholder={t.windowCapacity}
            value={w.capacity}
            onInput={(e) => change(index, { capacity: e.detail.value })}
          />
          {form.windows.length > 1 && (
            <Text className="gt-sd__warn" onClick={() => set({ windows: form.windows.filter((_, i) => i !== index) })}>
              {t.removeWindow}
            </Text>
          )}
        </View>
      ))}
      <Button size="small" onClick={() => set({ windows: [...form.windows, { name: '', capacity: '3' }] })}>
        {t.addWindow}
      </Button>
    </FormField>
  );
}
