/**
 * 长辈模式 (large text, big touch targets, stronger contrast).
 *
 * - Read from local storage when the app starts, so the first frame is right.
 * - A change is stored locally at once (marked pending) and then sent to the
 *   server with users.setPreferences; once the server has it, it is no
 *   longer pending.
 * - When a profile arrives from the server, its value wins when it was saved
 *   no earlier than this device's last save, unless a local change is still
 *   pending (then the pending value is sent again). That way a change made on
 *   another device reaches this one, a change made here while offline is not
 *   lost, and an answer read before a save does not undo it.
 * - Every tap is numbered on this phone (`seq`, with the phone's own key):
 *   the server applies a save only when it is newer than the last one it
 *   holds from this phone, so of two taps whose calls cross, the later one
 *   stays, and the answer to the last tap says what the server holds.
 *
 * Every page applies it through PageShell, which adds the `gt-elder` class.
 */
import Taro from '@tarojs/taro';
import { useSyncExternalStore } from 'react';
import type { ProfileDto } from '@contract';
import * as usersApi from '@/services/users';
import { createListeners } from './listeners';

interface Stored {
  on: boolean;
  /** A local change the server has not confirmed yet. */
  pending: boolean;
  /** The server's time of the last save this device made or adopted (ms; 0: none). */
  savedAt: number;
  /** This phone's key and its count of taps: the server applies a save only when it is this phone's latest. */
  device: string;
  seq: number;
}

const STORAGE_KEY = 'gt.elderMode';

let state: Stored = readStored();
const listeners = createListeners();

function readStored(): Stored {
  try {
    const value: unknown = Taro.getStorageSync(STORAGE_KEY);
    if (value && typeof value === 'object') {
      const v = value as Partial<Stored>;
      const saves = typeof v.device === 'string' && typeof v.seq === 'number' ? { device: v.device, seq: v.seq } : newDevice();
      return { on: v.on === true, pending: v.pending === true, savedAt: typeof v.savedAt === 'number' ? v.savedAt : 0, ...saves };
    }
  } catch {
    // Storage unavailable: fall back to normal mode.
  }
  return { on: false, pending: false, savedAt: 0, ...newDevice() };
}

/** A key for this phone (kept with the mode), no taps yet. */
function newDevice(): Pick<Stored, 'device' | 'seq'> {
  const random = Math.random().toString(36).slice(2, 12).padEnd(10, '0');
  return { device: `p${Date.now().toString(36)}${random}`, seq: 0 };
}

function commit(next: Stored): void {
  const changed = next.on !== state.on;
  state = next;
  try {
    Taro.setStorageSync(STORAGE_KEY, next);
  } catch {
    // Still applied for this session.
  }
  if (changed) listeners.notify();
}

export function isElderMode(): boolean {
  return state.on;
}

export const subscribeElderMode = listeners.subscribe;

/** The current mode; re-renders the component when it changes. */
export function useElderMode(): boolean {
  return useSyncExternalStore(subscribeElderMode, isElderMode, isElderMode);
}

/**
 * Switches the mode: applied and stored at once, then saved to the server.
 * Resolves to whether the server has it (false: kept locally, retried later).
 */
export function setElderMode(on: boolean): Promise<boolean> {
  commit({ ...state, on, pending: true, seq: state.seq + 1 });
  return pushPending();
}

async function pushPending(): Promise<boolean> {
  const { device, seq } = state;
  let saved: ProfileDto;
  try {
    saved = await usersApi.setPreferences({ elderMode: state.on, save: { device, seq } });
  } catch {
    return false;
  }
  const savedAt = Math.max(state.savedAt, saved.elderModeSetAt ?? 0);
  // No tap since this one left: the answer is what the server holds now (a later tap
  // whose call crossed this one has won there). Otherwise the later tap's answer decides.
  if (state.seq === seq && state.pending) commit({ ...state, on: saved.elderMode, pending: false, savedAt });
  else commit({ ...state, savedAt });
  return true;
}

/**
 * Reconciles with the preference stored on the server (see the module
 * comment). An answer is taken only when its save is at least as new as the
 * last one this device knows: a read that left before a save landed (the page
 * reloading while the row is tapped twice) carries an older time and is
 * ignored, while a change made later on another device carries a newer one.
 */
export function syncElderModeFromProfile(profile: Pick<ProfileDto, 'elderMode' | 'elderModeSetAt'>): void {
  if (state.pending) {
    void pushPending();
    return;
  }
  const setAt = profile.elderModeSetAt ?? 0;
  if (setAt < state.savedAt) return;
  if (profile.elderMode === state.on && setAt === state.savedAt) return;
  commit({ ...state, on: profile.elderMode, pending: false, savedAt: setAt });
}

/** Forget the local preference (H5 demo: another identity was picked). */
export function resetElderModeForNewIdentity(): void {
  commit({ ...state, pending: false, savedAt: 0 });
}

/** Test hook: re-read storage. */
export function reloadElderModeFromStorage(): void {
  const next = readStored();
  const changed = next.on !== state.on;
  state = next;
  if (changed) listeners.notify();
}
