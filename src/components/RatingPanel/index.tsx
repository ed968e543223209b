import { Textarea, View } from '@tarojs/components';
import Button from '@/components/Button';
import FormField from '@/components/FormField';
import { requestsText } from '@/text/requests';
import { textLimits, UNCUT } from '@/utils/textLimit';
import { cx } from '@/utils/cx';
import './index.scss';

interface RatingPanelProps {
  stars: number;
  comment: string;
  /** What to fix: no stars chosen, a comment over its limit. */
  errors: { stars?: string; comment?: string };
  busy: boolean;
  onChange: (value: { stars: number; comment: string }) => void;
  onSubmit: () => void;
}

/** 满意度: five big stars with a word under the choice, an optional comment. */
export default function RatingPanel({ stars, comment, errors, busy, onChange, onSubmit }: RatingPanelProps) {
  return (
    <View className="gt-rating">
      <View className="gt-rating__title">{requestsText.detail.rateTitle}</View>
      <FormField error={errors.stars}>
        <View className="gt-rating__stars">
          {[1, 2, 3, 4, 5].map((n) => (
            <View
              key={n}
              className={cx('gt-rating__star', n <= stars && 'gt-rating__star--on')}
              ariaRole="button"
              ariaLabel={`${n}星 ${requestsText.detail.starLabels[n - 1]}`}
              data-stars={n}
              onClick={() => onChange({ stars: n, comment })}
            >
              ★
            </View>
          ))}
        </View>
      </FormField>
      {stars > 0 && <View className="gt-rating__label">{requestsText.detail.starLabels[stars - 1]}</View>}
      <FormField error={errors.comment} count={{ value: comment, max: textLimits.ratingComment }}>
        <Textarea
          className="gt-rating__comment"
          value={comment}
          maxlength={UNCUT}
          placeholder={requestsText.detail.commentPlaceholder}
          onInput={(event) => onChange({ stars, comment: event.detail.value })}
        />
      </FormField>
      <Button type="primary" loading={busy} disabled={busy} onClick={onSubmit}>
        {requestsText.detail.submitRating}
      </Button>
    </View>
  );
}
