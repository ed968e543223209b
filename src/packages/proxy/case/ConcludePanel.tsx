import { Textarea, View } from '@tarojs/components';
import Button from '@/components/Button';
import type { ProxyOutcome } from '@contract';
import ChoiceList from '@/components/ChoiceList';
import FormField from '@/components/FormField';
import { proxyText } from '@/text/proxy';
import { overLimit, textLimits, UNCUT } from '@/utils/textLimit';
import type { StepPanelProps } from './stepPanel';
import { useStepForm } from './useStepForm';

const t = proxyText.steps;
const OUTCOMES: ProxyOutcome[] = ['approved', 'rejected'];

/** 办结: the office's decision; 未批准 needs its reason. */
export default function ConcludePanel({ act, busy }: StepPanelProps) {
  const form = useStepForm({ outcome: 'approved' as ProxyOutcome, reason: '' }, (v) => ({
    reason: v.outcome === 'rejected' && !v.reason.trim() ? t.reasonRequired : overLimit(v.reason.trim(), textLimits.reason),
  }));
  return (
    <View className="gt-daiban__card gt-daiban-step gt-daiban-step--conclude">
      <View className="gt-daiban__title">{t.concludeTitle}</View>
      <ChoiceList
        options={OUTCOMES.map((o) => ({ key: o, label: proxyText.outcomes[o] }))}
        selected={form.value.outcome}
        onSelect={(outcome) => form.set({ outcome })}
      />
      <FormField label={t.reason} error={form.errors.reason} count={{ value: form.value.reason, max: textLimits.reason }}>
        <Textarea
          className="gt-daiban__input gt-daiban-step__reason"
          value={form.value.reason}
          maxlength={UNCUT}
          onInput={(e) => form.set({ reason: e.detail.value })}
        />
      </FormField>
      <Button
        type="primary"
        className="gt-daiban-step__submit"
        loading={busy}
        onClick={() => void form.submit((v) => act('conclude', { outcome: v.outcome, reason: v.reason.trim() }))}
      >
        {t.conclude}
      </Button>
    </View>
  );
}
