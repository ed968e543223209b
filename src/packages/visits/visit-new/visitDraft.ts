/**
 * The diary entry as the cadre writes it at the door, kept on the phone at
 * every change (a call, a dead battery or no signal loses nothing), one per
 * household, with the key that makes its sending happen once.
 */
import Taro from '@tarojs/taro';
import type { VisitKind } from '@contract';
import { newKey } from '@/state/requestOutbox';

export interface ProblemDraft {
  key: string;
  categoryId: string;
  text: string;
}

export interface VisitDraft {
  clientKey: string;
  kind: VisitKind;
  seen: string;
  said: string;
  help: string;
  /** Kept on the device (photoPicking.keepPhoto). */
  photos: string[];
  address: string;
  problems: ProblemDraft[];
}

const keyOf = (householdId: string) => `gt.visitDraft.${householdId}`;

export function emptyVisitDraft(): VisitDraft {
  return { clientKey: newKey('vs'), kind: 'visit', seen: '', said: '', help: '', photos: [], address: '', problems: [] };
}

export function loadVisitDraft(householdId: string): VisitDraft {
  try {
    const stored: unknown = Taro.getStorageSync(keyOf(householdId));
    if (stored && typeof stored === 'object' && typeof (stored as VisitDraft).clientKey === 'string')
      return { ...emptyVisitDraft(), ...(stored as VisitDraft) };
  } catch {
    // Nothing kept.
  }
  return emptyVisitDraft();
}

export function saveVisitDraft(householdId: string, draft: VisitDraft): void {
  try {
    Taro.setStorageSync(keyOf(householdId), draft);
  } catch {
    // Storage full: the form still holds it.
  }
}

export function clearVisitDraft(householdId: string): void {
  try {
    Taro.removeStorageSync(keyOf(householdId));
  } catch {
    // Already gone.
  }
}

export function newProblem(): ProblemDraft {
  return { key: newKey('pb'), categoryId: '', text: '' };
}
