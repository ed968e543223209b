import { View } from '@tarojs/components';
import { cx } from '@/utils/cx';
import './index.scss';

export interface SwitchProps {
  title: string;
  checked: boolean;
  /** Without it the switch only shows the state, and a tap goes to the row it sits in (我的 → 长辈模式). */
  onChange?: (checked: boolean) => void;
  disabled?: boolean;
  /** A hairline under the row, for switches in a list. */
  border?: boolean;
  className?: string;
}

/**
 * A labelled on/off row (replaces taro-ui's AtSwitch with the same props). The
 * whole row is the target, and the toggle is drawn here rather than with the
 * platform's <switch>, so both builds look alike and the label follows 长辈模式.
 */
export default function Switch({ title, checked, onChange, disabled, border = true, className }: SwitchProps) {
  return (
    <View
      className={cx('gt-switch', !border && 'gt-switch--without-border', disabled && 'gt-switch--disabled', className)}
      role="switch"
      aria-checked={checked}
      aria-disabled={Boolean(disabled)}
      onClick={onChange && !disabled ? () => onChange(!checked) : undefined}
    >
      <View className="gt-switch__title">{title}</View>
      <View className={cx('gt-switch__track', checked && 'gt-switch__track--on')}>
        <View className="gt-switch__knob" />
      </View>
    </View>
  );
}
