import { useLaunch } from '@tarojs/taro';
import type { PropsWithChildren } from 'react';
import { initCloud } from './services/initCloud';
import { startOutboxSync } from './state/requestOutbox';
import './app.scss';

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
