import { View } from '@tarojs/components';
import { Children, type ReactNode } from 'react';
import './index.scss';

/** Buttons side by side, sharing the width, with room between them for a thumb. */
export default function ButtonRow({ children }: { children: ReactNode }) {
  return (
    <View className="gt-button-row">
      {Children.toArray(children).map((child, index) => (
        <View key={index} className="gt-button-row__item">
          {child}
        </View>
      ))}
    </View>
  );
}
