import { Text, View } from '@tarojs/components';
import { useEffect } from 'react';
import type { Notice, NoticeStatus } from '@/state/notice';
import { cx } from '@/utils/cx';

// The status as a character or a CSS ring, not taro-ui AtToast's base64
// images (23 KB in the main package) nor its icon font (left to the pages that show icons).
const MARKS: Record<Exclude<NoticeStatus, ''>, string> = { success: '✓', error: '✕', loading: '' };

/**
 * The notice on screen, drawn with taro-ui's toast styles (`at-toast`): it
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
    <View className="at-toast">
      {status === 'loading' && <View className="at-toast__overlay" />}
      <View
        className={cx('toast-body', !status && 'toast-body--text', status && `at-toast__body--${status}`)}
        onClick={() => {
          if (status !== 'loading') onClose();
        }}
      >
        <View className="toast-body-content">
          {status && (
            <View className="toast-body-content__icon">
              <Text className={cx('gt-notice__mark', `gt-notice__mark--${status}`)}>{MARKS[status]}</Text>
            </View>
          )}
          {text && (
            <View className="toast-body-content__info">
              <Text>{text}</Text>
            </View>
          )}
        </View>
      </View>
    </View>
  );
}
