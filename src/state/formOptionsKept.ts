/**
 * The filing form's options (categories, the person's grids, templates) as
 * last loaded, kept on the phone: someone who opened the app once can open
 * 我要反映 (or 代办) without a network and file; the filing then waits in the
 * outbox. Whatever changes the profile (another account, a grid chosen, a
 * number bound) forgets them, and 首页 loads them again.
 */
import Taro from '@tarojs/taro';
import type { FormOptionsDto } from '@contract';
import { isCloudError } from '@/services';
import * as requestsApi from '@/services/requests';
import { onProfileChanged } from './events';

const KEY = 'gt.formOptions';

function kept(): FormOptionsDto | null {
  try {
    const value: unknown = Taro.getStorageSync(KEY);
    return value && typeof value === 'object' && Array.isArray((value as FormOptionsDto).categories) ? (value as FormOptionsDto) : null;
  } catch {
    return null;
  }
}

function keep(options: FormOptionsDto | null): void {
  try {
    if (options) Taro.setStorageSync(KEY, options);
    else Taro.removeStorageSync(KEY);
  } catch {
    // Storage full: the form loads them from the network next time.
  }
}

onProfileChanged(() => keep(null));

/** The options from the cloud (and kept); without a network, the ones kept, if any. (A promise chain: smaller in the weapp main package than an async function.) */
export function loadFormOptions(): Promise<FormOptionsDto> {
  return requestsApi.formOptions().then(
    (options) => {
      keep(options);
      return options;
    },
    (error: unknown) => {
      const fallback = isCloudError(error) && error.code === 'NETWORK' ? kept() : null;
      if (fallback) return fallback;
      throw error;
    },
  );
}

/** Loads and keeps them once, so the form opens later without a network (首页 calls it). */
export function keepFormOptionsForOffline(): void {
  if (kept()) return;
  // Best effort ahead of need: when it fails, the form loads them itself when opened.
  loadFormOptions().catch(() => undefined);
}
