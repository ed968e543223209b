/**
 * Short messages ("已保存", a failed save) shown by the PageShell of the page
 * on screen. taro-ui's AtMessage keeps one global listener that the first
 * unmounting page removes for every page, so the app routes notices itself:
 * the page shell that was shown last receives them.
 */
import { isCloudError } from '@/services/errors';
import { commonText } from '@/text/common';

export type NoticeStatus = 'success' | 'error' | 'loading' | '';

export interface Notice {
  text: string;
  status: NoticeStatus;
  /** ms; 0 keeps it open until hideNotice(). */
  duration: number;
  /** Changes on every notice so the same text can be shown twice. */
  seq: number;
}

type Listener = (notice: Notice | null) => void;

let active: Listener | null = null;
let seq = 0;

/** Called by PageShell when its page shows; returns a function that detaches it. */
export function attachNoticeListener(listener: Listener): () => void {
  active = listener;
  return () => {
    if (active === listener) active = null;
  };
}

export function showNotice(text: string, status: NoticeStatus = '', duration = 2500): void {
  seq += 1;
  active?.({ text, status, duration, seq });
}

export function hideNotice(): void {
  active?.(null);
}

/** Shows why a call failed: the server's Chinese message, or a general one. */
export function showFailure(error: unknown, duration = 4000): void {
  showNotice(isCloudError(error) ? error.message : commonText.unknownError, 'error', duration);
}
