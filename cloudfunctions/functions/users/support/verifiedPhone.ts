import { PHONE_PATTERN } from '../../../domain/people/phonePattern';
import { DomainError } from '../../../domain/shared/DomainError';
import { cloud } from '../../../shared/cloud';

/** What openapi.phonenumber.getPhoneNumber answers (the SDK turns its keys to camelCase). */
interface PhoneNumberResult {
  phoneInfo?: { phoneNumber?: string; purePhoneNumber?: string; countryCode?: string | number };
}

/** WeChat's answer to a code that is wrong, used or expired. */
const INVALID_CODE = 40029;

function errCodeOf(error: unknown): unknown {
  return typeof error === 'object' && error !== null ? (error as { errCode?: unknown }).errCode : undefined;
}

/**
 * The mobile number WeChat vouches for behind a code of the phone-number
 * button (the person agreed to share it; WeChat verified it by SMS). The
 * number comes from WeChat, never from the client. A bad code is the
 * person's to retry; anything else WeChat reports is a system failure.
 */
export async function verifiedPhone(code: string): Promise<string> {
  let result: PhoneNumberResult;
  try {
    result = (await cloud.openapi.phonenumber.getPhoneNumber({ code })) as PhoneNumberResult;
  } catch (error) {
    if (errCodeOf(error) === INVALID_CODE) throw new DomainError('PHONE_CODE_INVALID');
    throw error;
  }
  const phone = result.phoneInfo?.purePhoneNumber ?? '';
  const mainland = String(result.phoneInfo?.countryCode ?? '86') === '86';
  if (!mainland || !PHONE_PATTERN.test(phone)) {
    throw new DomainError('PHONE_CODE_INVALID', '目前只能绑定中国大陆的手机号');
  }
  return phone;
}
