import Taro from '@tarojs/taro';
import { deviceText } from '@/text/device';
import { showDeviceFailure } from './deviceFailure';

/**
 * Makes a phone number easy to read aloud: 13812345678 → 138 1234 5678; a
 * landline gets its area code apart, 05565202001 → 0556-5202001 (010 and
 * 02x codes have three digits, the others four).
 */
export function formatPhone(phone: string): string {
  const digits = phone.replace(/[\s-]+/g, '');
  if (/^1\d{10}$/.test(digits)) return `${digits.slice(0, 3)} ${digits.slice(3, 7)} ${digits.slice(7)}`;
  if (/^0\d{9,11}$/.test(digits)) {
    const areaLength = /^0[12]/.test(digits) ? 3 : 4;
    return `${digits.slice(0, areaLength)}-${digits.slice(areaLength)}`;
  }
  return phone.trim();
}

/** Opens the phone's dialer with the number; cancelling is not an error, a dialer that did not open is said with the number. */
export function callPhone(phone: string): void {
  const phoneNumber = phone.replace(/[\s-]/g, '');
  Taro.makePhoneCall({ phoneNumber }).catch((error: unknown) =>
    showDeviceFailure(error, { failed: deviceText.callFailed(formatPhone(phoneNumber)) }),
  );
}
