import { Input, Picker, View } from '@tarojs/components';
import Button from '@/components/Button';
import FormField from '@/components/FormField';
import { proxyText } from '@/text/proxy';
import { chinaDay } from '@/utils/time';
import { overLimit, textLimits, UNCUT } from '@/utils/textLimit';
import type { StepPanelProps } from './stepPanel';
import { useStepForm } from './useStepForm';

const t = proxyText.steps;

/** 送办: to which office (the item's, unless changed), on which day. */
export default function SendPanel({ proxyCase, act, busy }: StepPanelProps) {
  const form = useStepForm({ officeName: proxyCase.office.name, sentOn: chinaDay(new Date().toISOString()), note: '' }, (v) => ({
    officeName: v.officeName.trim() ? overLimit(v.officeName.trim(), textLimits.departmentName) : t.officeName,
    sentOn: v.sentOn ? undefined : t.sentOn,
    note: overLimit(v.note.trim(), textLimits.reason),
  }));
  return (
    <View className="gt-daiban__card gt-daiban-step gt-daiban-step--send">
      <View className="gt-daiban__title">{t.sendTitle}</View>
      <FormField label={t.officeName} error={form.errors.officeName}>
        <Input
          className="gt-field__input gt-daiban-step__office"
          value={form.value.officeName}
          maxlength={UNCUT}
          onInput={(e) => form.set({ officeName: e.detail.value })}
        />
      </FormField>
      <FormField label={t.sentOn} error={form.errors.sentOn}>
        <Picker mode="date" value={form.value.sentOn} onChange={(e) => form.set({ sentOn: String(e.detail.value) })}>
          <View className="gt-daiban__input gt-daiban-step__date">{form.value.sentOn}</View>
        </Picker>
      </FormField>
      <FormField label={t.note} error={form.errors.note} count={{ value: form.value.note, max: textLimits.reason }}>
        <Input className="gt-field__input" value={form.value.note} maxlength={UNCUT} onInput={(e) => form.set({ note: e.detail.value })} />
      </FormField>
      <Button
        type="primary"
        className="gt-daiban-step__submit"
        loading={busy}
        onClick={() => void form.submit((v) => act('send', { officeName: v.officeName.trim(), sentOn: v.sentOn, note: v.note.trim() }))}
      >
        {t.send}
      </Button>
    </View>
  );
}
