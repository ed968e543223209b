import { useState } from 'react';
import type { HandOptionsDto, RequestDetailDto } from '@contract';
import * as requestHandlingApi from '@/services/requestHandling';

/**
 * 交办 and 改派: who the request can go to (loaded when either panel opens)
 * and what the person chose: a department and its deadline in working
 * days, or a person. `onChoose` clears the panel's mark on the choice. A
 * failure to load is kept to show with a way to load again.
 */
export function useHandChoice(request: RequestDetailDto | null, onChoose: () => void) {
  const [options, setOptions] = useState<HandOptionsDto | null>(null);
  const [departmentId, setDepartmentIdState] = useState<string | null>(null);
  const [personId, setPersonIdState] = useState<string | null>(null);
  const [workdays, setWorkdaysState] = useState(5);
  // Why the choices did not load (a weak network): shown with 重新加载, never as "nobody to choose".
  const [loadError, setLoadError] = useState<string | null>(null);

  const load = () => {
    if (!request) return;
    setLoadError(null);
    requestHandlingApi.handOptions(request.id).then(
      (loaded) => {
        setOptions(loaded);
        setWorkdaysState(loaded.defaultWorkdays);
      },
      (error: unknown) => {
        setOptions(null);
        setLoadError(error instanceof Error ? error.message : '');
      },
    );
  };
  const setWorkdays = (next: number) => setWorkdaysState(Math.min(options?.maxWorkdays ?? 60, Math.max(1, next)));
  return {
    handOptions: options,
    handOptionsError: loadError,
    loadHandOptions: load,
    departmentId,
    setDepartmentId: (id: string | null) => {
      setDepartmentIdState(id);
      onChoose();
    },
    personId,
    setPersonId: (id: string | null) => {
      setPersonIdState(id);
      onChoose();
    },
    workdays,
    setWorkdays,
  };
}
