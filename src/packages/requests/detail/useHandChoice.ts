import { useState } from 'react';
import type { HandOptionsDto, RequestDetailDto } from '@contract';
import * as requestsApi from '@/services/requests';

/**
 * 交办 and 改派: who the request can go to (loaded when either panel opens)
 * and what the person chose: a department and its deadline in working
 * days, or a person. `onChoose` clears the panel's mark on the choice.
 */
export function useHandChoice(request: RequestDetailDto | null, onChoose: () => void) {
  const [options, setOptions] = useState<HandOptionsDto | null>(null);
  const [departmentId, setDepartmentIdState] = useState<string | null>(null);
  const [personId, setPersonIdState] = useState<string | null>(null);
  const [workdays, setWorkdaysState] = useState(5);

  const load = () => {
    if (!request) return;
    requestsApi.handOptions(request.id).then(
      (loaded) => {
        setOptions(loaded);
        setWorkdaysState(loaded.defaultWorkdays);
      },
      () => setOptions({ people: [], departments: [], defaultWorkdays: 5, maxWorkdays: 60 }),
    );
  };
  const setWorkdays = (next: number) => setWorkdaysState(Math.min(options?.maxWorkdays ?? 60, Math.max(1, next)));
  return {
    handOptions: options,
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
