import Taro, { useLaunch } from '@tarojs/taro';
import type { PropsWithChildren } from 'react';
import { startOutboxSync } from './state/requestOutbox';
import { visitOutbox } from './state/visitOutbox';
import './app.scss';

/** Set in config/index.ts; see the comment there for how to provide a real id. */
const CLOUD_ENV = process.env.TARO_APP_CLOUD_ENV;
const CLOUD_ENV_PLACEHOLDER = 'REPLACE_WITH_CLOUD_ENV_ID';

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    if (process.env.TARO_ENV === 'weapp') {
      // Without a configured id, wx.cloud uses the AppID's default environment.
      const env = CLOUD_ENV && CLOUD_ENV !== CLOUD_ENV_PLACEHOLDER ? CLOUD_ENV : undefined;
      Taro.cloud.init(env ? { env, traceUser: true } : { traceUser: true });
    }
    // Requests filed and visits recorded without network are sent when it returns.
    startOutboxSync();
    visitOutbox.start();
  });

  // `children` is the page being rendered.
  return children;
}

export default App;
