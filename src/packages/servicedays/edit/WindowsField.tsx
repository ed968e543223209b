import { Input, Text, View } from '@tarojs/components';
import { AtButton } from 'taro-ui';
import { servicedaysText } from '@/text/servicedays';
import type { FormPatch, ServiceDayForm } from './serviceDayForm';

const t = servicedaysText;

/** The windows (社保, 医保 …) and how many people each serves per slot. */
export default function WindowsField({ form, set }: { form: ServiceDayForm; set: (patch: FormPatch) => void }) {
  const change = (index: number, patch: Partial<ServiceDayForm['windows'][number]>) =>
    set({ windows: form.windows.map((x, i) => (i === index ? { ...x, ...patch } : x)) });
  return (
    <>
      <View className="gt-sd__label">{t.fieldWindows}</View>
      {form.windows.map((w, index) => (
        <View key={w.id ?? `new-${index}`} className="gt-sd__row">
          <Input
            className="gt-sd__input gt-sd-edit__window-name"
            placeholder={t.windowName}
            value={w.name}
            maxlength={10}
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
      <AtButton size="small" onClick={() => set({ windows: [...form.windows, { name: '', capacity: '3' }] })}>
        {t.addWindow}
      </AtButton>
    </>
  );
}
