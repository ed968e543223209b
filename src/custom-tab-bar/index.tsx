import { Image, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useCurrentTab } from '@/state/currentTab';
import { useElderMode } from '@/state/elderMode';
import { cx } from '@/utils/cx';
import { TABS } from './tabs';
import './index.scss';

/**
 * The tab bar (app.config's `tabBar.custom`). WeChat's own bar takes no font
 * size, so its labels could not grow with 长辈模式; this one follows it live.
 * Same tabs, icons and colours as the list in app.config.ts. WeChat draws it
 * on each tab page; on H5 each tab page's PageShell does (Taro's router draws
 * none for a custom bar, so no Stencil web component waits to upgrade).
 */
interface CustomTabBarProps {
  /** H5: the tab page that draws this bar, its tab from the first paint (PageShell marks the store only once shown). */
  page?: string;
}

export default function CustomTabBar(props: CustomTabBarProps) {
  const elder = useElderMode();
  const current = useCurrentTab();
  return (
    <View className={cx('gt-tab-bar', elder && 'gt-tab-bar--elder')} role="tablist">
      {TABS.map((tab) => {
        // (The branch on TARO_ENV here, not in a variable, leaves the weapp build's code as it was.)
        const selected = tab.pagePath === (process.env.TARO_ENV === 'h5' && props.page ? props.page : current);
        return (
          <View
            key={tab.pagePath}
            className={cx('gt-tab-bar__item', selected && 'gt-tab-bar__item--selected')}
            role="tab"
            aria-selected={selected}
            onClick={() => {
              if (!selected) void Taro.switchTab({ url: `/${tab.pagePath}` });
            }}
          >
            <Image
              className="gt-tab-bar__icon"
              // WeChat reads the icon from the package; the H5 build ships it inlined with the bar.
              src={
                process.env.TARO_ENV === 'h5'
                  ? (require('./h5') as typeof import('./h5')).iconSrc(selected ? tab.selectedIconPath : tab.iconPath)
                  : `/${selected ? tab.selectedIconPath : tab.iconPath}`
              }
            />
            <View className="gt-tab-bar__label">{tab.text}</View>
          </View>
        );
      })}
    </View>
  );
}
