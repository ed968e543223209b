import { Text, View } from '@tarojs/components';
import { starRatingText } from '@/text/starRating';
import { cx } from '@/utils/cx';
import './index.scss';

interface StarRatingProps {
  label: string;
  value: number;
  /** Absent: read only. */
  onChange?: (value: number) => void;
}

/** One aspect of the five-star evaluation: 1 to 5 big stars. */
export default function StarRating({ label, value, onChange }: StarRatingProps) {
  return (
    <View className="gt-star-rating">
      <Text className="gt-star-rating__label">{label}</Text>
      <View className="gt-star-rating__stars">
        {[1, 2, 3, 4, 5].map((n) => (
          <View
            key={n}
            className={cx('gt-star-rating__star', n <= value && 'gt-star-rating__star--on')}
            ariaRole={onChange ? 'button' : undefined}
            ariaLabel={`${label}${starRatingText.score(n)}`}
            data-score={n}
            onClick={onChange ? () => onChange(n) : undefined}
          >
            ★
          </View>
        ))}
      </View>
      <Text className="gt-star-rating__value">{value > 0 ? starRatingText.score(value) : ''}</Text>
    </View>
  );
}
