import Taro from '@tarojs/taro';

/** Set in config/index.ts; see the comment there for how to provide a real id. */
const CLOUD_ENV = process.env.TARO_APP_CLOUD_ENV;
const CLOUD_ENV_PLACEHOLDER = 'REPLACE_WITH_CLOUD_ENV_ID';

/**
 * Connects wx.cloud to the environment the build names (weapp only: the H5
 * build talks to the local runtime). Called once when the app launches.
 */
export function initCloud(): void {
  if (process.env.TARO_ENV === 'weapp') {
    // Without a configured id, wx.cloud uses the AppID's default environment.
    const env = CLOUD_ENV && CLOUD_ENV !== CLOUD_ENV_PLACEHOLDER ? CLOUD_ENV : undefined;
    Taro.cloud.init(env ? { env, traceUser: true } : { traceUser: true });
  }
}
