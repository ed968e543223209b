import { useLaunch } from '@tarojs/taro';
import type { PropsWithChildren } from 'react';
import { initCloud } from './services/initCloud';
import { startOutboxSync } from './state/requestOutbox';
import { visitOutbox } from './state/visitOutbox';
import './app.scss';

// The browser build's navigation and tab bars follow 长辈模式 (src/h5); the weapp build has WeChat's.
if (process.env.TARO_ENV === 'h5') (require('./h5') as typeof import('./h5')).startBrowserChrome();

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    initCloud();
    // Requests filed and visits recorded without network are sent when it returns.
    startOutboxSync();
    visitOutbox.start();
  });

  // `children` is the page being rendered.
  return children;
}

export default App;
