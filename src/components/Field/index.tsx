import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import './index.scss';

interface FieldProps {
  label: string;
  hint?: string;
  children: ReactNode;
}

/**
 * A labelled form field. Inputs inside use the classes `gt-field__input` and
 * `gt-field__textarea` for big, high-contrast boxes.
 */
export default function Field({ label, hint, children }: FieldProps) {
  return (
    <View className="gt-field">
      <View className="gt-field__label">{label}</View>
      {children}
      {hint && <View className="gt-field__hint">{hint}</View>}
    </View>
  );
}
