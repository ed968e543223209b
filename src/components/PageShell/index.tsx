import { View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useElderMode } from '@/state/elderMode';
import { attachNoticeListener, type Notice } from '@/state/notice';
import { cx } from '@/utils/cx';
import NoticeToast from './NoticeToast';
import './index.scss';

interface PageShellProps {
  children?: ReactNode;
  className?: string;
}

/**
 * The root of every page. It carries the design tokens (`gt-shell`) and
 * 长辈模式 (`gt-elder`), so a page gets both by wrapping its content here,
 * and it shows the notices of the page on screen.
 */
export default function PageShell({ children, className }: PageShellProps) {
  const elder = useElderMode();
  const [notice, setNotice] = useState<Notice | null>(null);

  const close = useCallback(() => setNotice(null), []);
  useEffect(() => attachNoticeListener(setNotice), []);
  useDidShow(() => {
    attachNoticeListener(setNotice);
  });

  return (
    <View className={cx('gt-shell', elder && 'gt-elder', className)}>
      {children}
      <NoticeToast key={notice?.seq ?? 0} notice={notice} onClose={close} />
    </View>
  );
}
