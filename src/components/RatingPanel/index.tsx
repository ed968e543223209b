import { Textarea, View } from '@tarojs/components';
import { AtButton } from 'taro-ui';
import { zh } from '@/text/zh';
import { cx } from '@/utils/cx';
import './index.scss';

interface RatingPanelProps {
  stars: number;
  comment: string;
  busy: boolean;
  onChange: (value: { stars: number; comment: string }) => void;
  onSubmit: () => void;
}

/** 满意度: five big stars with a word under the choice, an optional comment. */
export default function RatingPanel({ stars, comment, busy, onChange, onSubmit }: RatingPanelProps) {
  return (
    <View className="gt-rating">
      <View className="gt-rating__title">{zh.requestDetail.rateTitle}</View>
      <View className="gt-rating__stars">
        {[1, 2, 3, 4, 5].map((n) => (
          <View
            key={n}
            className={cx('gt-rating__star', n <= stars && 'gt-rating__star--on')}
            ariaRole="button"
            ariaLabel={`${n}星 ${zh.requestDetail.starLabels[n - 1]}`}
            data-stars={n}
            onClick={() => onChange({ stars: n, comment })}
          >
            ★
          </View>
        ))}
      </View>
      {stars > 0 && <View className="gt-rating__label">{zh.requestDetail.starLabels[stars - 1]}</View>}
      <Textarea
        className="gt-rating__comment"
        value={comment}
        maxlength={300}
        placeholder={zh.requestDetail.commentPlaceholder}
        onInput={(event) => onChange({ stars, comment: event.detail.value })}
      />
      <AtButton type="primary" loading={busy} disabled={busy} onClick={onSubmit}>
        {zh.requestDetail.submitRating}
      </AtButton>
    </View>
  );
}
