import { useEffect, useState } from 'react';
import { isCloudError } from '@/services';

/**
 * The version an editor saves on: the one its form was opened at (`stored`
 * once loaded), not whatever a later reload shows. A save refused because
 * someone else saved meanwhile (CONFLICT) moves it onto the version stored
 * now (`reread`), keeping what was typed: the toast has said why, and
 * saving again is a decision made knowingly.
 */
export function useOpenedVersion(stored: number | undefined, reread: () => Promise<number | undefined>) {
  const [version, setVersion] = useState<number | undefined>(undefined);
  useEffect(() => {
    if (version === undefined && stored !== undefined) setVersion(stored);
  }, [stored, version]);
  /** After a refused save: on CONFLICT, the version stored now (kept as it was when it cannot be read). */
  const refusedWith = async (error: unknown) => {
    if (!isCloudError(error) || error.code !== 'CONFLICT') return;
    const now = await reread().catch(() => undefined);
    if (now !== undefined) setVersion(now);
  };
  /** After a save that keeps the form open: the version it made. */
  const savedAt = (saved: number) => setVersion(saved);
  return { version, refusedWith, savedAt };
}
