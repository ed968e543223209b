import { hideNotice, showFailure, showNotice } from '@/state/notice';
import { commonText } from '@/text/common';

export type Submitted<T> = { ok: true; value: T } | { ok: false; error: unknown };

/**
 * Runs a write with the saving notice, then says how it went: the given
 * text on success, the server's Chinese message on failure. The error is
 * handed back so a form can show its per-field hints.
 */
export async function submitWithNotice<T>(work: () => Promise<T>, success: string): Promise<Submitted<T>> {
  showNotice(commonText.saving, 'loading', 0);
  try {
    const value = await work();
    hideNotice();
    showNotice(success, 'success', 1500);
    return { ok: true, value };
  } catch (error) {
    hideNotice();
    showFailure(error);
    return { ok: false, error };
  }
}
