import Taro from '@tarojs/taro';
import type { Transport } from './types';
import { TransportError } from './types';

/** Mini-program transport: wx.cloud.callFunction; the envelope is `res.result`. */
export const weappTransport: Transport = async (fn, event) => {
  try {
    const res = await Taro.cloud.callFunction({ name: fn, data: event as unknown as Record<string, unknown> });
    return res.result;
  } catch (err) {
    const errMsg = err && typeof err === 'object' && 'errMsg' in err ? String(err.errMsg) : String(err);
    throw new TransportError(errMsg);
  }
};
