import { useLaunch } from '@tarojs/taro';
import type { PropsWithChildren } from 'react';
import { initCloud } from './services/initCloud';
import { startOutboxSync } from './state/requestOutbox';
import './app.scss';

// The browser build asks for the home's data as the app starts (opened on 首页), its navigation bar
// follows 长辈模式, and its tabs send filings under one lock (src/h5); the weapp build has WeChat's
// navigation bar and one app context.
if (process.env.TARO_ENV === 'h5') {
  const browser = require('./h5') as typeof import('./h5');
  browser.startHomeCallEarly(window.location.pathname);
  browser.startBrowserChrome();
  browser.shareSendLockBetweenTabs();
}

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    initCloud();
    // Requests filed without network are sent when it returns. Visits recorded
    // offline are sent by the visits subpackage once it loads (state/visitOutbox.ts).
    startOutboxSync();
  });

  // `children` is the page being rendered.
  return children;
}

export default App;
