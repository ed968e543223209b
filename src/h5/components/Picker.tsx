import { Picker as StencilPicker } from '@tarojs/components/lib/react';
import type { TaroPickerCoreCustomEvent } from '@tarojs/components/dist/types/components';
import { useReducer, type ComponentProps } from 'react';

/**
 * Taro's Stencil picker, drawn again after every choice so it holds its `value`
 * even when the page refused the choice and kept its state (a date the server
 * would not add): on React, Taro's wrapper put the element back to its value
 * after each change (flushSync, then React's props on the node); on Preact (the
 * H5 build) neither exists, and the picker kept the refused choice to open on.
 */
export default function Picker({ onChange, ...picker }: ComponentProps<typeof StencilPicker>) {
  const [, drawAgain] = useReducer((draws: number) => draws + 1, 0);
  return (
    <StencilPicker
      {...picker}
      // Typed both as Stencil's event and React's FormEvent; the element sends Stencil's.
      onChange={(event: unknown) => {
        onChange?.(event as TaroPickerCoreCustomEvent<unknown>);
        drawAgain();
      }}
    />
  );
}
