import Taro from '@tarojs/taro';
import { Text } from '@tarojs/components';
import { cx } from '@/utils/cx';
import './index.scss';

export interface IconProps {
  /** A taro-ui icon-font name (category icons are stored as these names, see Category.icon). */
  value: string;
  /** Size in px at a 375 px wide screen, as taro-ui's AtIcon took it. */
  size?: number;
  className?: string;
}

/**
 * A glyph of taro-ui's icon font. Replaces AtIcon, whose shared style helper
 * module ended up copied into several H5 page chunks and carried prop-types
 * into whatever page used it; the font and its class names stay taro-ui's.
 */
export default function Icon({ value, size = 24, className }: IconProps) {
  return <Text className={cx('at-icon', `at-icon-${value}`, className)} style={{ fontSize: Taro.pxTransform(size * 2) }} />;
}
