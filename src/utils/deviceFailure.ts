import Taro from '@tarojs/taro';
import { showNotice } from '@/state/notice';
import { deviceText } from '@/text/device';
import { confirm } from './confirm';

/**
 * How a phone feature (map, camera, album, file, scanner) ended without a
 * result. Only `cancelled` is the person's own choice and stays silent;
 * everything else is said, with what to do about it.
 * - `denied`: this mini-program's permission was refused (its settings page can grant it);
 * - `systemDenied`: the phone does not let WeChat use it (the phone's settings);
 * - `privacy`: the privacy guide was not agreed to, or does not cover the feature;
 * - `undeclared`: app.json lacks a declaration WeChat requires (a defect of ours);
 * - `failed`: anything else.
 */
export type DeviceFailureKind = 'cancelled' | 'denied' | 'systemDenied' | 'privacy' | 'undeclared' | 'failed';

/** WeChat's failures carry `errMsg` ("chooseLocation:fail cancel") and sometimes `errno`. */
function describe(error: unknown): { message: string; errno: number | null } {
  if (error && typeof error === 'object') {
    const { errMsg, message, errno } = error as { errMsg?: unknown; message?: unknown; errno?: unknown };
    const text = typeof errMsg === 'string' ? errMsg : typeof message === 'string' ? message : '';
    return { message: text.toLowerCase(), errno: typeof errno === 'number' ? errno : null };
  }
  return { message: typeof error === 'string' ? error.toLowerCase() : '', errno: null };
}

export function deviceFailureKind(error: unknown): DeviceFailureKind {
  const { message, errno } = describe(error);
  if (message.includes('requiredprivateinfos')) return 'undeclared';
  // 104: privacy agreement refused; 112: the API is not in the privacy guide.
  if (errno === 104 || errno === 112 || message.includes('privacy')) return 'privacy';
  if (message.includes('system permission') || message.includes('locationswitchoff')) return 'systemDenied';
  if (/auth den(y|ied)|authorize no response|permission denied/.test(message)) return 'denied';
  if (/fail[ :]*cancel/.test(message) || message.endsWith('cancel')) return 'cancelled';
  return 'failed';
}

/** What to say for one feature (a feature that needs no permission says `failed` for every failure). */
export interface DeviceFailureTexts {
  /** Refused for this mini-program: offered with a button to its settings page. */
  denied?: string;
  /** Refused by the phone for WeChat. */
  systemDenied?: string;
  failed: string;
}

/** Says why a phone feature gave nothing (silent when the person cancelled). */
export async function showDeviceFailure(error: unknown, texts: DeviceFailureTexts): Promise<void> {
  const kind = deviceFailureKind(error);
  if (kind === 'cancelled') return;
  if (kind === 'denied' && texts.denied) {
    const denied = texts.denied;
    if (await confirm(denied, deviceText.openSettings)) await Taro.openSetting({}).catch(() => showNotice(denied, 'error', 5000));
    return;
  }
  const text =
    kind === 'systemDenied'
      ? (texts.systemDenied ?? texts.failed)
      : kind === 'privacy'
        ? deviceText.privacy
        : kind === 'undeclared'
          ? deviceText.unavailable
          : texts.failed;
  showNotice(text, 'error', 5000);
}
