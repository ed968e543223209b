/**
 * What the main package knows of the visit outbox (state/visitOutbox.ts,
 * which ships in the visits subpackage with the only pages that write
 * visits): where it keeps its entries, and how many still wait to be sent.
 * 首页 shows that count on the 民情走访 card after a restart; opening
 * 民情走访 loads the outbox, which sends them at once.
 */
import Taro, { useDidShow } from '@tarojs/taro';
import { useState } from 'react';

export const VISIT_OUTBOX_KEY = 'gt.visitOutbox';

/** Entries written at the door and not sent yet (a refused one counts too: it needs the cadre's decision). */
export function waitingVisitCount(): number {
  try {
    const value: unknown = Taro.getStorageSync(VISIT_OUTBOX_KEY);
    return Array.isArray(value) ? value.length : 0;
  } catch {
    return 0;
  }
}

/** The count, read again each time the page shows (back from 民情走访, which has sent them). */
export function useWaitingVisitCount(): number {
  const [count, setCount] = useState(waitingVisitCount);
  useDidShow(() => setCount(waitingVisitCount()));
  return count;
}
