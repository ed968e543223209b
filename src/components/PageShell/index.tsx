import { View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useElderMode } from '@/state/elderMode';
import { selectTab } from '@/state/currentTab';
import { attachNoticeListener, type Notice } from '@/state/notice';
import { cx } from '@/utils/cx';
import NoticeToast from './NoticeToast';
import './index.scss';

interface PageShellProps {
  children?: ReactNode;
  className?: string;
  /** On a tab page, its path (as in app.config's tabBar.list): the tab bar marks it, and the page leaves room for the bar. */
  tabPage?: string;
}

// The tab bar (custom-tab-bar/) lies over the bottom of a tab page: WeChat draws it there on the weapp, the page itself on H5.
// (The branch on TARO_ENV is in the JSX too, so the weapp build keeps nothing of it.)
const TabBar = process.env.TARO_ENV === 'h5' ? (require('./h5') as typeof import('./h5')).TabBar : () => null;

/**
 * The root of every page. It carries the design tokens (`gt-shell`) and
 * 长辈模式 (`gt-elder`), so a page gets both by wrapping its content here,
 * and it shows the notices of the page on screen.
 */
export default function PageShell({ children, className, tabPage }: PageShellProps) {
  const elder = useElderMode();
  const [notice, setNotice] = useState<Notice | null>(null);

  const close = useCallback(() => setNotice(null), []);
  useEffect(() => attachNoticeListener(setNotice), []);
  useDidShow(() => {
    attachNoticeListener(setNotice);
    if (tabPage) selectTab(tabPage);
  });

  return (
    <View className={cx('gt-shell', elder && 'gt-elder', tabPage && 'gt-shell--tab-bar', className)}>
      {children}
      {process.env.TARO_ENV === 'h5' && tabPage && <TabBar page={tabPage} />}
      <NoticeToast key={notice?.seq ?? 0} notice={notice} onClose={close} />
    </View>
  );
}
