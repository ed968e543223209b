import Taro from '@tarojs/taro';
import type { SubscribeRequester, SubscribeResult } from './types';

/** The mini-program: WeChat's own dialog. The only place the app calls Taro.requestSubscribeMessage. */
export const weappRequestSubscribe: SubscribeRequester = async (tmplIds) => {
  const result: unknown = await Taro.requestSubscribeMessage({ tmplIds, entityIds: [] });
  return result as SubscribeResult;
};
