import { useEffect, useState } from 'react';
import { isConflict } from '@/services';

/**
 * The version an editor saves on: the one its form was opened at (`stored`
 * once loaded), not whatever a later reload shows. A save refused because
 * someone else saved meanwhile (CONFLICT) moves it onto the version stored
 * now (`reread`), keeping what was typed: the toast has said why, and
 * saving again is a decision made knowingly. The one place of that rule:
 * the page editors (设置服务日, the post form, 节假日, 走访设置) use it,
 * and hooks/useRecordForm for the record it has open.
 */
export function useOpenedVersion(stored: number | undefined, reread: () => Promise<number | undefined>) {
  const [version, setVersion] = useState<number | undefined>(undefined);
  useEffect(() => {
    if (version === undefined && stored !== undefined) setVersion(stored);
  }, [stored, version]);
  /**
   * After a refused save: whether it was a CONFLICT; then the version is the
   * one stored now (`rereadNow`, the hook's `reread` unless given; kept as
   * it was when it cannot be read).
   */
  const refusedWith = async (error: unknown, rereadNow = reread): Promise<boolean> => {
    if (!isConflict(error)) return false;
    const now = await rereadNow().catch(() => undefined);
    if (now !== undefined) setVersion(now);
    return true;
  };
  /** After a save that keeps the form open (or a record opened): the version it is at. */
  const savedAt = (saved: number) => setVersion(saved);
  return { version, refusedWith, savedAt };
}
