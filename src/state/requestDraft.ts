/**
 * The filing form as the person fills it in, kept on the device at every
 * change: closing the app, a phone call or a dead battery loses nothing.
 */
import Taro from '@tarojs/taro';
import { newKey } from './requestOutbox';

export interface RequestDraft {
  /** The idempotency key of this filing, fixed until it is sent. */
  clientKey: string;
  step: 1 | 2 | 3;
  categoryId: string | null;
  categoryName: string;
  text: string;
  /** Answers to the category's extra questions as typed, by question id (a number still as its text). */
  answers: Record<string, string | boolean>;
  /** Kept on the device (photoPicking.keepPhoto). */
  photos: string[];
  gridId: string | null;
  address: string;
  latitude: number | null;
  longitude: number | null;
  publicName: boolean;
  contactName: string;
  contactPhone: string;
  /** The resident chose to leave no number (asked once, on the first filing). */
  noPhone: boolean;
}

const KEY = 'gt.requestDraft';

export function emptyDraft(): RequestDraft {
  return {
    clientKey: newKey('rq'),
    step: 1,
    categoryId: null,
    categoryName: '',
    text: '',
    answers: {},
    photos: [],
    gridId: null,
    address: '',
    latitude: null,
    longitude: null,
    publicName: false,
    contactName: '',
    contactPhone: '',
    noPhone: false,
  };
}

export function loadDraft(): RequestDraft {
  try {
    const stored: unknown = Taro.getStorageSync(KEY);
    if (stored && typeof stored === 'object' && typeof (stored as RequestDraft).clientKey === 'string') {
      return { ...emptyDraft(), ...(stored as RequestDraft) };
    }
  } catch {
    // Nothing kept.
  }
  return emptyDraft();
}

export function saveDraft(draft: RequestDraft): void {
  try {
    Taro.setStorageSync(KEY, draft);
  } catch {
    // Storage full: the form still holds it.
  }
}

export function clearDraft(): void {
  try {
    Taro.removeStorageSync(KEY);
  } catch {
    // Already gone.
  }
}
