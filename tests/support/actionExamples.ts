import type { ActionName, FunctionName, RequestOf } from '../../cloudfunctions/contract';

export interface ActionExample<F extends FunctionName, A extends ActionName<F>> {
  /** A demo user allowed to perform the action on freshly seeded demo data. */
  caller: string;
  payload: RequestOf<F, A>;
}

/**
 * One well-formed call for every action of the contract. The type makes a
 * new action without an example fail tsc, so the malformed-input test and
 * the database-action benchmark always cover every action.
 */
export type ExampleTable = { [F in FunctionName]: { [A in ActionName<F>]: ActionExample<F, A> } };

export const actionExamples: ExampleTable = {
  users: {
    me: { caller: 'demo-resident-wang', payload: {} },
    chooseGrid: { caller: 'demo-resident-li', payload: { gridId: 'g-hubin-2' } },
    setPreferences: { caller: 'demo-resident-wang', payload: { elderMode: true } },
  },
  grids: {
    listGrids: { caller: 'demo-resident-wang', payload: { townshipId: 't-liangquan' } },
    contactCard: { caller: 'demo-resident-wang', payload: { gridId: 'g-hubin-1' } },
  },
};

/** Every (function, action) pair with its example, for table-driven tests and benchmarks. */
export function everyAction(): Array<{ fn: FunctionName; action: string; caller: string; payload: Record<string, unknown> }> {
  return (Object.keys(actionExamples) as FunctionName[]).flatMap((fn) =>
    Object.entries(actionExamples[fn] as Record<string, { caller: string; payload: Record<string, unknown> }>).map(
      ([action, example]) => ({ fn, action, caller: example.caller, payload: example.payload }),
    ),
  );
}
