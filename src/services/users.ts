import type { LinkPhoneDto, ProfileDto, RequestOf } from '@contract';
import { callCloud } from './cloud';

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
  return code ? linkPhoneWithCode(code) : null;
}

/** 绑定手机号 with a phone-number code: the button's, or on H5 the local runtime's stand-in for it (components/PhoneBinding/h5). */
export function linkPhoneWithCode(code: string): Promise<LinkPhoneDto> {
  return callCloud('users', 'linkPhone', { code });
}
