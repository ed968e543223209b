import { Text, View } from '@tarojs/components';
import { useEffect } from 'react';
import type { Notice, NoticeStatus } from '@/state/notice';
import { cx } from '@/utils/cx';

// The status as a character or a CSS ring, not taro-ui AtToast's base64
// images (23 KB in the main package) nor its icon font (left to the pages that show icons);
// its looks are PageShell's own styles (gt-notice), not taro-ui's toast stylesheet.
const MARKS: Record<Exclude<NoticeStatus, ''>, string> = { success: '✓', error: '✕', loading: '' };

/**
 * The notice on screen, a dark box in the middle of the screen: it
 * closes after its duration (0 keeps it open) or on a tap, except while
 * loading, when a mask keeps the page from taps.
 */
export default function NoticeToast({ notice, onClose }: { notice: Notice | null; onClose: () => void }) {
  useEffect(() => {
    if (!notice || notice.duration <= 0) return undefined;
    const timer = setTimeout(onClose, notice.duration);
    return () => clearTimeout(timer);
  }, [notice, onClose]);
  if (!notice) return null;
  const { status, text } = notice;
  return (
    <View className="gt-notice">
      {status === 'loading' && <View className="gt-notice__overlay" />}
      <View
        className={cx('gt-notice__body', status ? 'gt-notice__body--status' : 'gt-notice__body--text')}
        onClick={() => {
          if (status !== 'loading') onClose();
        }}
      >
        {status && (
          <View className="gt-notice__icon">
            <Text className={cx('gt-notice__mark', `gt-notice__mark--${status}`)}>{MARKS[status]}</Text>
          </View>
        )}
        {text && (
          <View className="gt-notice__info">
            <Text>{text}</Text>
          </View>
        )}
      </View>
    </View>
  );
}
