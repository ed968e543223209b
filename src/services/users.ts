import type { ProfileDto } from '@contract';
import { callCloud } from './cloud';

/** Who am I. A first visit answers `registered: false` with no home grid. */
export function getMe(): Promise<ProfileDto> {
  return callCloud('users', 'me', {});
}

/** Picks the grid the person lives in (registers them on first use). */
export function chooseGrid(gridId: string): Promise<ProfileDto> {
  return callCloud('users', 'chooseGrid', { gridId });
}

export function setPreferences(preferences: { elderMode: boolean }): Promise<ProfileDto> {
  return callCloud('users', 'setPreferences', preferences);
}
