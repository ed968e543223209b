import { View } from '@tarojs/components';
import { commonText } from '@/text/common';
import { cx } from '@/utils/cx';
import { excessOf, textLength } from '@/utils/textLimit';
import './index.scss';

/** 123/1000: how much of a text's limit is used, red once it is over. */
export default function TextCount({ value, max }: { value: string; max: number }) {
  const over = excessOf(value, max) > 0;
  return <View className={cx('gt-text-count', over && 'gt-text-count--over')}>{commonText.limit.count(textLength(value), max)}</View>;
}
