/**
 * 长辈模式 (large text, big touch targets, stronger contrast).
 *
 * - Read from local storage when the app starts, so the first frame is right.
 * - A change is stored locally at once (marked pending) and then sent to the
 *   server with users.setPreferences; once the server has it, it is no
 *   longer pending.
 * - When a profile arrives from the server, its value wins unless a local
 *   change is still pending (then the pending value is sent again). That way
 *   a change made on another device reaches this one, and a change made here
 *   while offline is not lost.
 *
 * Every page applies it through PageShell, which adds the `gt-elder` class.
 */
import Taro from '@tarojs/taro';
import { useSyncExternalStore } from 'react';
import type { ProfileDto } from '@contract';
import * as usersApi from '@/services/users';

interface Stored {
  on: boolean;
  /** A local change the server has not confirmed yet. */
  pending: boolean;
}

const STORAGE_KEY = 'gt.elderMode';

let state: Stored = readStored();
const listeners = new Set<() => void>();

function readStored(): Stored {
  try {
    const value: unknown = Taro.getStorageSync(STORAGE_KEY);
    if (value && typeof value === 'object') {
      const v = value as Partial<Stored>;
      return { on: v.on === true, pending: v.pending === true };
    }
  } catch {
    // Storage unavailable: fall back to normal mode.
  }
  return { on: false, pending: false };
}

function commit(next: Stored): void {
  const changed = next.on !== state.on;
  state = next;
  try {
    Taro.setStorageSync(STORAGE_KEY, next);
  } catch {
    // Still applied for this session.
  }
  if (changed) listeners.forEach((listener) => listener());
}

export function isElderMode(): boolean {
  return state.on;
}

export function subscribeElderMode(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** The current mode; re-renders the component when it changes. */
export function useElderMode(): boolean {
  return useSyncExternalStore(subscribeElderMode, isElderMode, isElderMode);
}

/**
 * Switches the mode: applied and stored at once, then saved to the server.
 * Resolves to whether the server has it (false: kept locally, retried later).
 */
export function setElderMode(on: boolean): Promise<boolean> {
  commit({ on, pending: true });
  return pushPending();
}

async function pushPending(): Promise<boolean> {
  const wanted = state.on;
  try {
    await usersApi.setPreferences({ elderMode: wanted });
  } catch {
    return false;
  }
  // Only clear the flag if nothing changed while the call was on its way.
  if (state.on === wanted && state.pending) commit({ on: wanted, pending: false });
  confirmedAt = Date.now();
  return true;
}

/**
 * A profile read can have left before the last save landed (a second tap
 * while the page reloads): for a short while after a save, the server's
 * answer that disagrees is taken as stale and the choice made here is sent
 * again rather than undone.
 */
const STALE_PROFILE_MS = 10_000;
let confirmedAt = 0;

/** Reconciles with the preference stored on the server (see the module comment). */
export function syncElderModeFromProfile(profile: Pick<ProfileDto, 'elderMode'>): void {
  if (state.pending) {
    void pushPending();
    return;
  }
  if (profile.elderMode === state.on) return;
  if (Date.now() - confirmedAt < STALE_PROFILE_MS) {
    void pushPending();
    return;
  }
  commit({ on: profile.elderMode, pending: false });
}

/** Forget the local preference (H5 demo: another identity was picked). */
export function resetElderModeForNewIdentity(): void {
  commit({ on: state.on, pending: false });
}

/** Test hook: re-read storage. */
export function reloadElderModeFromStorage(): void {
  const next = readStored();
  const changed = next.on !== state.on;
  state = next;
  if (changed) listeners.forEach((listener) => listener());
}
