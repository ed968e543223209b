import { lateness, stuckCasePage, stuckReasons, type StuckCandidate } from '../../cloudfunctions/domain/proxy/stuckCases';
import type { Server } from '../../cloudfunctions/domain/requests/requireMayFileFor';
import { duty, MONDAY, PLACE_IDS, user } from './support/requests';

/** Which 代办件 wait for 改派: the agent can no longer hold it, or its stage is past its limit. */
const HOUR = 3_600_000;
const tomorrow = new Date(MONDAY.getTime() + 24 * HOUR);
const yesterday = new Date(MONDAY.getTime() - 24 * HOUR);

const agent = user('m-head', { roles: ['gridMember'], gridDuties: [duty(['other'])] });
const movedAway = user('m-moved', { roles: ['gridMember'], gridDuties: [duty(['other'], '网格员', false, 'g9')] });
const notAgentAny = user('m-ex', { roles: ['resident'], gridDuties: [duty(['other'])] });
const townshipStaff = user('s-t1', { roles: ['staff'], staffScopeId: 't1' });
const otherTownship = user('s-t2', { roles: ['staff'], staffScopeId: 't2' });

const open = (fields: Partial<StuckCandidate> = {}): StuckCandidate => ({
  agentId: 'm-head',
  gridId: 'g1',
  placeIds: PLACE_IDS,
  open: true,
  deadline: tomorrow,
  updatedAt: yesterday,
  ...fields,
});

describe('stuckReasons', () => {
  it('leaves out a case its agent still serves, within its limit', () => {
    expect(stuckReasons(open(), agent, MONDAY)).toEqual([]);
    // Staff over the grid hold cases too.
    expect(stuckReasons(open({ agentId: 's-t1' }), townshipStaff, MONDAY)).toEqual([]);
  });

  it('lists a case whose agent moved to another grid, or is staff scoped elsewhere', () => {
    expect(stuckReasons(open(), movedAway, MONDAY)).toEqual(['leftGrid']);
    expect(stuckReasons(open(), otherTownship, MONDAY)).toEqual(['leftGrid']);
  });

  it('lists a case whose agent lost every agent role, or whose record is gone', () => {
    expect(stuckReasons(open(), notAgentAny, MONDAY)).toEqual(['notAgent']);
    expect(stuckReasons(open(), null, MONDAY)).toEqual(['notAgent']);
  });

  it('lists a case past its stage’s limit whoever holds it, with the other reason when both hold', () => {
    expect(stuckReasons(open({ deadline: yesterday }), agent, MONDAY)).toEqual(['overdue']);
    expect(stuckReasons(open({ deadline: yesterday }), movedAway, MONDAY)).toEqual(['leftGrid', 'overdue']);
    // At its deadline it is not yet past it.
    expect(stuckReasons(open({ deadline: MONDAY }), agent, MONDAY)).toEqual([]);
  });

  it('lists a case whose 改派 message missed the agent holding it, until that agent acts on it', () => {
    const missed = { agentId: 'm-head', at: yesterday, errCode: -1, notAllowed: false };
    expect(stuckReasons(open({ agentUnreached: missed }), agent, MONDAY)).toEqual(['unreached']);
    // A step of theirs since: they know.
    expect(stuckReasons(open({ agentUnreached: missed, updatedAt: MONDAY }), agent, MONDAY)).toEqual([]);
    // Handed on again since: the miss was another agent's.
    expect(stuckReasons(open({ agentUnreached: { ...missed, agentId: 'm-other' } }), agent, MONDAY)).toEqual([]);
  });

  it('never lists a case handed back', () => {
    expect(stuckReasons(open({ open: false, deadline: null }), null, MONDAY)).toEqual([]);
    expect(stuckReasons(open({ open: false, deadline: yesterday }), movedAway, MONDAY)).toEqual([]);
  });
});

describe('stuckCasePage', () => {
  const agents = new Map<string, Server>([
    ['m-head', agent],
    ['m-moved', movedAway],
  ]);
  const at = (hours: number) => new Date(MONDAY.getTime() + hours * HOUR);
  const cases = [
    { _id: 'c-fine', ...open({ deadline: at(5) }) },
    { _id: 'c-moved-late', ...open({ agentId: 'm-moved', deadline: at(30) }) },
    { _id: 'c-overdue', ...open({ deadline: at(-48) }) },
    { _id: 'c-gone-b', ...open({ agentId: 'm-left', deadline: at(10) }) },
    { _id: 'c-gone-a', ...open({ agentId: 'm-left', deadline: at(10) }) },
    { _id: 'c-done', ...open({ agentId: 'm-left', open: false, deadline: null }) },
  ];

  it('orders the stuck ones most urgent first (earliest deadline, then id) and counts them all', () => {
    const page = stuckCasePage(cases, agents, MONDAY, undefined, 10);
    expect(page.rows.map((row) => [row.proxyCase._id, row.reasons])).toEqual([
      ['c-overdue', ['overdue']],
      ['c-gone-a', ['notAgent']],
      ['c-gone-b', ['notAgent']],
      ['c-moved-late', ['leftGrid']],
    ]);
    expect(page).toMatchObject({ total: 4, more: false });
  });

  it('pages after a cursor without repeating or skipping a case, ties on the deadline included', () => {
    const first = stuckCasePage(cases, agents, MONDAY, undefined, 2);
    expect(first.rows.map((row) => row.proxyCase._id)).toEqual(['c-overdue', 'c-gone-a']);
    expect(first).toMatchObject({ total: 4, more: true });
    const last = first.rows.at(-1)!.proxyCase;
    const second = stuckCasePage(cases, agents, MONDAY, { at: last.deadline!, id: last._id }, 2);
    expect(second.rows.map((row) => row.proxyCase._id)).toEqual(['c-gone-b', 'c-moved-late']);
    expect(second).toMatchObject({ total: 4, more: false });
  });
});

describe('lateness', () => {
  it('counts the days past the deadline (a part of a day is one), none within it', () => {
    expect(lateness({ deadline: tomorrow }, MONDAY)).toEqual({ overdueDays: 0, reassignedLate: false });
    expect(lateness({ deadline: new Date(MONDAY.getTime() - HOUR) }, MONDAY).overdueDays).toBe(1);
    expect(lateness({ deadline: new Date(MONDAY.getTime() - 49 * HOUR) }, MONDAY).overdueDays).toBe(3);
    expect(lateness({ deadline: null }, MONDAY).overdueDays).toBe(0);
  });

  it('tells a case already 改派 after its deadline from one handed on before it', () => {
    const twoDaysAgo = new Date(MONDAY.getTime() - 48 * HOUR);
    expect(lateness({ deadline: twoDaysAgo, reassignedAt: yesterday }, MONDAY)).toEqual({ overdueDays: 2, reassignedLate: true });
    expect(lateness({ deadline: yesterday, reassignedAt: twoDaysAgo }, MONDAY)).toEqual({ overdueDays: 1, reassignedLate: false });
    expect(lateness({ deadline: yesterday }, MONDAY).reassignedLate).toBe(false);
  });
});
