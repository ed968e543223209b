import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import Button from '@/components/Button';
import LoadState from '@/components/LoadState';
import PageShell from '@/components/PageShell';
import PhoneBinding from '@/components/PhoneBinding';
import { homeText } from '@/text/home';
import GridHome from './GridHome';
import { useHome } from './useHome';
import './index.scss';

/** 首页: the person's grid and its 便民联系卡, or a prompt to choose a grid. */
export default function HomePage() {
  const state = useHome();
  const { home } = state;
  const homeGrid = home.data?.profile.homeGrid;
  return (
    <PageShell className="gt-home" tabPage="pages/index/index">
      <LoadState
        loading={home.loading}
        error={home.error}
        onRetry={home.reload}
        hasData={home.data !== null}
        errorExtra={
          process.env.TARO_ENV === 'h5' && home.error?.code === 'UNAUTHENTICATED' ? (
            <Button onClick={() => Taro.switchTab({ url: '/pages/profile/index' })}>{homeText.pickDemoIdentity}</Button>
          ) : null
        }
      >
        {home.data && homeGrid ? (
          <GridHome state={state} data={home.data} homeGrid={homeGrid} />
        ) : (
          <View className="gt-home__welcome">
            <View className="gt-home__welcome-title">{homeText.noGridTitle}</View>
            <View className="gt-home__welcome-text">{homeText.noGridText}</View>
            <Button type="primary" onClick={state.goPicker}>
              {homeText.chooseGrid}
            </Button>
            {!home.data?.profile.registered && <PhoneBinding visitor />}
          </View>
        )}
      </LoadState>
    </PageShell>
  );
}
