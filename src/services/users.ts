import type { LinkPhoneDto, ProfileDto, RequestOf } from '@contract';
import { callCloud } from './cloud';
import { requestDevPhoneCode } from './devIdentity';

/** Who am I. A first visit answers `registered: false` with no home grid. */
export function getMe(): Promise<ProfileDto> {
  return callCloud('users', 'me', {});
}

/** Picks the grid the person lives in (registers them on first use). */
export function chooseGrid(gridId: string): Promise<ProfileDto> {
  return callCloud('users', 'chooseGrid', { gridId });
}

/** Saves 长辈模式; `save` names the tap on this phone, so an older tap's call arriving late is not applied. */
export function setPreferences(preferences: RequestOf<'users', 'setPreferences'>): Promise<ProfileDto> {
  return callCloud('users', 'setPreferences', preferences);
}

/**
 * 绑定手机号 with the code of WeChat's phone-number button
 * (`<Button openType="getPhoneNumber">`); the cloud function asks WeChat for
 * the number. Null when the person declined to share it.
 */
export function linkPhone(event: { detail?: { code?: string } }): Promise<LinkPhoneDto> | null {
  const code = event.detail?.code;
  return code ? callCloud('users', 'linkPhone', { code }) : null;
}

/**
 * The H5 build has no phone-number button: the local cloud runtime plays
 * WeChat's part and gives a code for the number typed in (development only).
 */
export async function linkPhoneInBrowser(phone: string): Promise<LinkPhoneDto> {
  const code = await requestDevPhoneCode(phone);
  return callCloud('users', 'linkPhone', { code });
}
