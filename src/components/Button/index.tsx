import { Button as NativeButton, View } from '@tarojs/components';
import type { ITouchEvent } from '@tarojs/components';
import type { ReactNode } from 'react';
import { cx } from '@/utils/cx';
import './index.scss';

/** WeChat's phone-number button hands the handler a code for the cloud function (services/users.linkPhone). */
export interface PhoneNumberEvent {
  detail?: { code?: string };
}

export interface ButtonProps {
  /** Filled (primary) or outlined in the brand colour (secondary); plain grey outline without. */
  type?: 'primary' | 'secondary';
  size?: 'normal' | 'small';
  /** Shows a ring before the label and ignores taps until the work is done (no double submissions). */
  loading?: boolean;
  disabled?: boolean;
  className?: string;
  onClick?: (event: ITouchEvent) => void;
  /** weapp only: WeChat's 获取手机号 button (its own tap opens WeChat's consent sheet). */
  openType?: 'getPhoneNumber';
  onGetPhoneNumber?: (event: PhoneNumberEvent) => void;
  children?: ReactNode;
}

const IS_WEAPP = process.env.TARO_ENV === 'weapp';

/**
 * The app's button (replaces taro-ui's AtButton with the same props the app used:
 * a view, so it is drawn the same on both builds, and the 长辈模式 sizes from the
 * tokens). WeChat's own <button> is laid over it only where WeChat must see the
 * tap itself (openType), as taro-ui did.
 */
export default function Button({ type, size, loading, disabled, className, onClick, openType, onGetPhoneNumber, children }: ButtonProps) {
  const inert = Boolean(disabled || loading);
  return (
    <View
      className={cx(
        'gt-button',
        type && `gt-button--${type}`,
        size === 'small' && 'gt-button--small',
        loading && 'gt-button--loading',
        disabled && 'gt-button--disabled',
        className,
      )}
      role="button"
      aria-disabled={inert}
      aria-busy={Boolean(loading)}
      hoverClass={inert ? 'none' : 'gt-button--active'}
      onClick={(event) => {
        if (!inert) onClick?.(event);
      }}
    >
      {IS_WEAPP && openType && !inert && (
        <NativeButton className="gt-button__native" openType={openType} onGetPhoneNumber={(event) => onGetPhoneNumber?.(event)} />
      )}
      {loading && <View className="gt-button__ring" />}
      <View className="gt-button__text">{children}</View>
    </View>
  );
}
