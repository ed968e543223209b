import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { cx } from '@/utils/cx';
import './index.scss';

interface FormFieldProps {
  label: string;
  /** The server's (or the page's) hint for this field, in Chinese. */
  error?: string;
  hint?: string;
  children: ReactNode;
  className?: string;
  /** Placed straight on the page (not in a padded card): a margin all round. */
  inset?: boolean;
}

/**
 * A labelled form row with room for an error under it. Inputs inside use
 * `gt-field__input` / `gt-field__textarea` for the shared large style.
 */
export default function FormField({ label, error, hint, children, className, inset }: FormFieldProps) {
  return (
    <View className={cx('gt-field', inset && 'gt-field--inset', error && 'gt-field--error', className)}>
      <View className="gt-field__label">{label}</View>
      {children}
      {hint && !error && <View className="gt-field__hint">{hint}</View>}
      {error && <View className="gt-field__error">{error}</View>}
    </View>
  );
}
