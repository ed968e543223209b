import { useDidShow } from '@tarojs/taro';
import { useRef } from 'react';

/** Reloads when the page is shown again (back from a form), not on its first show, which loads by itself. */
export function useReloadOnShow(reload: () => void): void {
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) reload();
    shown.current = true;
  });
}
