import { Textarea, View } from '@tarojs/components';
import Button from '@/components/Button';
import FormField from '@/components/FormField';
import StarRating from '@/components/StarRating';
import { proxyText } from '@/text/proxy';
import { overLimit, textLimits, UNCUT } from '@/utils/textLimit';
import type { StepPanelProps } from './stepPanel';
import { useStepForm } from './useStepForm';

const t = proxyText.steps;

/** The resident rates the case once it was handed back (群众测评). */
export default function RatePanel({ act, busy }: StepPanelProps) {
  const form = useStepForm({ stars: 0, comment: '' }, (v) => ({
    stars: v.stars > 0 ? undefined : t.noStars,
    comment: overLimit(v.comment.trim(), textLimits.ratingComment),
  }));
  return (
    <View className="gt-daiban__card gt-daiban-step gt-daiban-step--rate">
      <FormField error={form.errors.stars}>
        <StarRating label={t.rateTitle} value={form.value.stars} onChange={(stars) => form.set({ stars })} />
      </FormField>
      <FormField label={t.rateComment} error={form.errors.comment} count={{ value: form.value.comment, max: textLimits.ratingComment }}>
        <Textarea
          className="gt-daiban__input gt-daiban-step__comment"
          value={form.value.comment}
          maxlength={UNCUT}
          onInput={(e) => form.set({ comment: e.detail.value })}
        />
      </FormField>
      <Button
        type="primary"
        className="gt-daiban-step__submit"
        loading={busy}
        onClick={() => void form.submit((v) => act('rate', { stars: v.stars, comment: v.comment.trim() }))}
      >
        {t.rate}
      </Button>
    </View>
  );
}
