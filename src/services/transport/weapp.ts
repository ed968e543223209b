import Taro from '@tarojs/taro';
import type { Transport } from './types';
import { TransportError } from './types';

/**
 * Mini-program transport: wx.cloud.callFunction; the envelope is `res.result`.
 * (A promise chain, not an async function: the weapp build turns those into
 * a state machine, and this is in the main package.)
 */
export const weappTransport: Transport = (fn, event) =>
  Promise.resolve()
    .then(() => Taro.cloud.callFunction({ name: fn, data: event as unknown as Record<string, unknown> }))
    .then(
      (res) => res.result,
      (err: unknown) => {
        throw new TransportError(err && typeof err === 'object' && 'errMsg' in err ? String(err.errMsg) : String(err));
      },
    );
