import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import TextCount from '@/components/TextCount';
import { cx } from '@/utils/cx';
import { overLimit } from '@/utils/textLimit';
import './index.scss';

/** From this limit on, a text shows its counter all the time. */
const LONG_TEXT = 100;

interface FormFieldProps {
  label?: string;
  /** What is wrong with this field (the form's check or the server's hint), in Chinese. */
  error?: string;
  hint?: string;
  /** A typed text and its limit: a message once it is over; a counter for long texts (100 or more), and for short ones once over. */
  count?: { value: string; max: number };
  children: ReactNode;
  className?: string;
  /** Placed straight on the page (not in a padded card): a margin all round. */
  inset?: boolean;
}

/**
 * A labelled form row with room for an error under it. Inputs inside use
 * `gt-field__input` / `gt-field__textarea` for the shared large style.
 * A field with an error is marked `gt-field--error`, which
 * `useFieldErrors` scrolls to.
 */
export default function FormField({ label, error, hint, count, children, className, inset }: FormFieldProps) {
  const shown = error ?? (count ? overLimit(count.value, count.max) : undefined);
  return (
    <View className={cx('gt-field', inset && 'gt-field--inset', shown && 'gt-field--error', className)}>
      {label && <View className="gt-field__label">{label}</View>}
      {children}
      {count && (count.max >= LONG_TEXT || overLimit(count.value, count.max)) && <TextCount value={count.value} max={count.max} />}
      {hint && !shown && <View className="gt-field__hint">{hint}</View>}
      {shown && <View className="gt-field__error">{shown}</View>}
    </View>
  );
}
