import Taro from '@tarojs/taro';

/**
 * The caller's profile changed (grid chosen, demo identity switched):
 * pages showing profile data reload.
 */
const PROFILE_CHANGED = 'gt:profileChanged';

export function emitProfileChanged(): void {
  Taro.eventCenter.trigger(PROFILE_CHANGED);
}

export function onProfileChanged(handler: () => void): () => void {
  Taro.eventCenter.on(PROFILE_CHANGED, handler);
  return () => {
    Taro.eventCenter.off(PROFILE_CHANGED, handler);
  };
}
