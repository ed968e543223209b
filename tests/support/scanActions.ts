import type { FunctionName } from '../../cloudfunctions/contract';
import type { DbActionCost, LocalCloud } from '../../localcloud';
import { chinaMonth, monthsBack } from '../../cloudfunctions/domain/dashboard/chinaMonth';
import { actionExamples } from './actionExamples';

/**
 * The rule every list and lookup action keeps: the database examines at most
 * twice the documents it returns, plus a small constant (the caller, a
 * place, a miss), whatever the size of the collections around them.
 */
export const SCAN_FACTOR = 2;
export const SCAN_CONSTANT = 20;

export function withinScanRule(examined: number, returned: number): boolean {
  return examined <= SCAN_FACTOR * returned + SCAN_CONSTANT;
}

/**
 * Database actions that write, as the local cloud meters them
 * (localcloud/backend/database-actions.ts: get, count, aggregate, add,
 * update, remove; `set` is an update): an action that made none of them is
 * a list or lookup.
 */
const WRITES = new Set(['add', 'update', 'remove']);

export interface ScanCall {
  fn: FunctionName;
  action: string;
  caller: string;
  payload: unknown;
  /** What the call stands for, when it is not the action's example (e.g. "county staff"). */
  as?: string;
  at?: Date;
  prepare?: (cloudUrl: string) => Promise<unknown>;
}

export interface ScanResult extends ScanCall {
  examined: number;
  returned: number;
  wrote: boolean;
  costs: readonly DbActionCost[];
}

const period = () => ({ from: monthsBack(chinaMonth(new Date()), 11), to: chinaMonth(new Date()) });

/**
 * Callers whose reach depends on the county around the demo (see
 * countyData): county and township staff, the administrator at the root,
 * and people of the other townships, beside each action's example caller.
 */
export function countyCalls(): ScanCall[] {
  const county = 'demo-staff-county';
  return [
    { fn: 'requests', action: 'inbox', caller: county, payload: { view: 'mine' }, as: 'county staff' },
    { fn: 'requests', action: 'inbox', caller: county, payload: { view: 'area' }, as: 'county staff' },
    { fn: 'requests', action: 'inbox', caller: county, payload: { view: 'done' }, as: 'county staff' },
    { fn: 'requests', action: 'inbox', caller: 'demo-staff-township', payload: { view: 'area' }, as: 'township staff' },
    { fn: 'requests', action: 'inbox', caller: 'n-cadre-v0-0', payload: { view: 'area' }, as: 'village cadre' },
    { fn: 'requests', action: 'inbox', caller: 'n-cadre-v0-0', payload: { view: 'mine' }, as: 'village cadre' },
    { fn: 'requests', action: 'inbox', caller: 'n-head-0-0-0', payload: { view: 'done' }, as: 'grid member' },
    { fn: 'requests', action: 'mine', caller: 'n-resident-0', payload: { status: 'done' }, as: 'resident' },
    { fn: 'requests', action: 'mine', caller: 'n-resident-0', payload: { status: 'open' }, as: 'resident' },
    // Lists a page at a time, filtered by the database; a page deep in a list starts after a cursor.
    { fn: 'requests', action: 'inbox', caller: county, payload: { view: 'area', overdue: true }, as: 'county staff, overdue' },
    {
      fn: 'requests',
      action: 'inbox',
      caller: county,
      payload: { view: 'area', categoryId: 'environment' },
      as: 'county staff, a category',
    },
    { fn: 'requests', action: 'inbox', caller: county, payload: { view: 'area', state: 'resolved' }, as: 'county staff, a state' },
    {
      fn: 'requests',
      action: 'inbox',
      caller: county,
      payload: { view: 'done', state: 'closed', categoryId: 'environment' },
      as: 'county staff, done, a state and category',
    },
    { fn: 'requests', action: 'inbox', caller: county, payload: { view: 'area', gridId: 'g-n0-0-1' }, as: 'county staff, a grid' },
    {
      fn: 'requests',
      action: 'inbox',
      caller: 'demo-staff-township',
      payload: { view: 'area', gridId: 'g-n0-0-1' },
      as: 'township staff, a grid elsewhere',
    },
    {
      fn: 'requests',
      action: 'inbox',
      caller: county,
      payload: { view: 'area', after: { key: 'deadline', at: new Date(Date.now() + 3 * 86_400_000).toISOString(), id: 'r' } },
      as: 'county staff, a later page',
    },
    {
      fn: 'requests',
      action: 'inbox',
      caller: county,
      payload: { view: 'area', after: { key: 'undated', at: null, id: 'r' } },
      as: 'county staff, a later page without deadlines',
    },
    {
      fn: 'requests',
      action: 'inbox',
      caller: county,
      payload: { view: 'done', after: { key: 'updatedAt', at: new Date(Date.now() - 30 * 86_400_000).toISOString(), id: 'r' } },
      as: 'county staff, a later page of done',
    },
    { fn: 'requests', action: 'formOptions', caller: county, payload: {}, as: 'county staff' },
    { fn: 'grids', action: 'listGrids', caller: 'n-resident-1', payload: {}, as: 'resident elsewhere' },
    { fn: 'grids', action: 'contactCard', caller: 'n-resident-1', payload: { gridId: 'g-n0-0-1' }, as: 'resident elsewhere' },
    { fn: 'messages', action: 'staffList', caller: county, payload: { view: 'waiting' }, as: 'county staff' },
    { fn: 'messages', action: 'staffList', caller: county, payload: { view: 'answered' }, as: 'county staff' },
    { fn: 'posts', action: 'registrations', caller: county, payload: { status: 'pending' }, as: 'county staff' },
    { fn: 'posts', action: 'serviceTotals', caller: county, payload: {}, as: 'county staff' },
    // A page deep in the member list costs what the first does: it starts after a name, it skips nothing.
    {
      fn: 'posts',
      action: 'serviceTotals',
      caller: county,
      payload: { after: { name: '居民5', id: 'n-resident-5' } },
      as: 'county staff, a later page',
    },
    { fn: 'servicedays', action: 'listServiceDays', caller: county, payload: {}, as: 'county staff' },
    { fn: 'dashboard', action: 'overview', caller: county, payload: period(), as: 'county staff' },
    { fn: 'ledger', action: 'ledgerPlaces', caller: county, payload: {}, as: 'county staff' },
    { fn: 'admin', action: 'placeChildren', caller: 'demo-admin', payload: {}, as: 'county administrator' },
    { fn: 'admin', action: 'placeChildren', caller: 'demo-admin', payload: { placeId: 't-n0' }, as: 'county administrator' },
    { fn: 'admin', action: 'placePeople', caller: 'demo-admin', payload: { placeId: 'g-n0-0-0' }, as: 'county administrator' },
  ];
}

/** Every action of the contract with its example caller, in the order the examples are written. */
export function exampleCalls(): ScanCall[] {
  const calls: ScanCall[] = [];
  for (const [fn, actions] of Object.entries(actionExamples)) {
    for (const [action, example] of Object.entries(actions as Record<string, Omit<ScanCall, 'fn' | 'action'>>)) {
      calls.push({
        fn: fn as FunctionName,
        action,
        caller: example.caller,
        payload: example.payload,
        at: example.at,
        prepare: example.prepare,
      });
    }
  }
  return calls;
}

/**
 * Runs each call in order (the examples' writes included: later examples
 * expect them) and reports what each cost the database. A call that fails
 * fails the run: a benchmark of errors measures nothing.
 */
export async function scanActions(cloud: LocalCloud, calls: ScanCall[]): Promise<ScanResult[]> {
  const results: ScanResult[] = [];
  for (const call of calls) {
    cloud.setClockOffset(call.at ? call.at.getTime() - Date.now() : 0);
    await call.prepare?.(cloud.url);
    const { result, dbExamined, dbReturned, dbCosts } = await cloud.invoke(
      call.fn,
      { action: call.action, payload: call.payload },
      { openid: call.caller },
    );
    const envelope = result as { ok?: boolean; code?: string; message?: string };
    if (!envelope?.ok) throw new Error(`${call.fn}.${call.action} as ${call.caller} failed: ${JSON.stringify(result)}`);
    results.push({ ...call, examined: dbExamined, returned: dbReturned, wrote: dbCosts.some((c) => WRITES.has(c.action)), costs: dbCosts });
  }
  cloud.setClockOffset(0);
  return results;
}

/**
 * Where a call breaks the rule: the call as a whole, or any one of its
 * database actions (so one query's scan is not hidden by another's large answer).
 */
export function scanViolations(r: ScanResult): string[] {
  const out = withinScanRule(r.examined, r.returned) ? [] : [describeScan(r)];
  for (const c of r.costs) {
    if (!withinScanRule(c.examined, c.returned))
      out.push(
        `${r.fn}.${r.action} as ${r.as ?? r.caller}: ${c.action} ${c.collection} ${c.plan} examined ${c.examined}, returned ${c.returned}`,
      );
  }
  return out;
}

/** A result in words, with its costliest database actions: what a failure message needs. */
export function describeScan(r: ScanResult): string {
  const worst = [...r.costs].sort((a, b) => b.examined - a.examined).slice(0, 3);
  return (
    `${r.fn}.${r.action} as ${r.as ?? r.caller}: examined ${r.examined}, returned ${r.returned}; ` +
    worst.map((c) => `${c.action} ${c.collection} ${c.plan} ${c.examined}/${c.returned}`).join('; ')
  );
}
