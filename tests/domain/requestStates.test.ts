import type { RequestState } from '../../cloudfunctions/contract/requests';
import { escalateRequest, sweepOverdue } from '../../cloudfunctions/domain/requests/escalateRequest';
import {
  acceptRequest,
  addNote,
  rejectRequest,
  resolveRequest,
  resumeRequest,
  suspendRequest,
} from '../../cloudfunctions/domain/requests/handlerSteps';
import { recategorizeRequest } from '../../cloudfunctions/domain/requests/recategorizeRequest';
import { SYSTEM, type RequestChange } from '../../cloudfunctions/domain/requests/requestChange';
import { TRANSITIONS, type RequestCommand } from '../../cloudfunctions/domain/requests/requestStates';
import type { Actor, ResidentRequest } from '../../cloudfunctions/domain/requests/ResidentRequest';
import { autoCloseRequest, notSolved, rateRequest } from '../../cloudfunctions/domain/requests/residentSteps';
import { DomainError } from '../../cloudfunctions/domain/shared/DomainError';
import { context, filed, HEAD, hours, later, MEDIATOR, MONDAY, NO_HOLIDAYS, run } from './support/requests';

const handler: Actor = { id: 'm-med', name: '周义青', role: 'gridMember', title: '调解员' };
const resident: Actor = { id: 'r-wang', name: '王秀英', role: 'resident', title: '' };
const routing = context({ members: [HEAD, MEDIATOR] });
const at = later(MONDAY, hours(1));
const step = (actor: Actor = handler) => ({ actor, now: at, opId: 'op-12345678' });

/** A request in each state, reached through the steps themselves. */
function inState(state: RequestState): ResidentRequest {
  const assigned = filed(routing);
  const accepted = run(assigned, (r) => acceptRequest(r, step()));
  const resolved = run(accepted, (r) => resolveRequest(r, step(), { text: '已调解', photos: [] }));
  switch (state) {
    case 'submitted':
      return filed(context({ cadres: [] }));
    case 'assigned':
      return assigned;
    case 'accepted':
      return accepted;
    case 'escalated':
      return run(accepted, (r) => escalateRequest(r, { ...step(), reason: '需要村里出面' }, routing, NO_HOLIDAYS));
    case 'suspended':
      return run(accepted, (r) => suspendRequest(r, step(), '当事人外出', NO_HOLIDAYS));
    case 'reopened':
      return run(resolved, (r) => notSolved(r, { ...step(resident), reason: '还是占着' }, NO_HOLIDAYS, null));
    case 'resolved':
      return resolved;
    case 'closed':
      return run(resolved, (r) => rateRequest(r, step(resident), { stars: 4, comment: null }));
    case 'rejected':
      return run(assigned, (r) => rejectRequest(r, step(), { kind: 'notOurs', reason: '不归本村管', original: null }));
  }
}

const ALL: RequestState[] = ['submitted', 'assigned', 'accepted', 'escalated', 'suspended', 'reopened', 'resolved', 'closed', 'rejected'];

/** Every command as its step function. */
const COMMANDS: Array<[RequestCommand, (r: ResidentRequest) => RequestChange]> = [
  ['accept', (r) => acceptRequest(r, step())],
  ['note', (r) => addNote(r, step(), { text: '已电话联系', photos: [], internal: false })],
  ['resolve', (r) => resolveRequest(r, step(), { text: '已办好', photos: [] })],
  [
    'escalate',
    (r) =>
      escalateRequest(r.level === 'township' ? { ...r, level: 'grid' } : r, { ...step(), reason: '网格解决不了' }, routing, NO_HOLIDAYS),
  ],
  ['suspend', (r) => suspendRequest(r, step(), '等待材料', NO_HOLIDAYS)],
  ['resume', (r) => resumeRequest(r, step(), NO_HOLIDAYS)],
  ['reject', (r) => rejectRequest(r, step(), { kind: 'notOurs', reason: '不归本村管', original: null })],
  ['rate', (r) => rateRequest(r, step(resident), { stars: 5, comment: null })],
  ['notSolved', (r) => notSolved(r, { ...step(resident), reason: '没修好' }, NO_HOLIDAYS, routing)],
  [
    'recategorize',
    (r) =>
      recategorizeRequest(
        r,
        step(),
        { id: 'environment', name: '环境卫生', timeLimitDays: 3 },
        { ...routing, category: { id: 'environment', name: '环境卫生' } },
        NO_HOLIDAYS,
      ),
  ],
  ['autoClose', (r) => autoCloseRequest(r, later(at, hours(24 * 8)))],
  // The timer: below the county it escalates, at the county it supervises.
  ['sweepEscalate', (r) => sweepOverdue({ ...r, level: 'grid' }, later(at, hours(24 * 30)), routing, NO_HOLIDAYS)],
  ['supervise', (r) => sweepOverdue({ ...r, level: 'county' }, later(at, hours(24 * 30)), routing, NO_HOLIDAYS)],
];

describe('the request state machine', () => {
  const cases = ALL.flatMap((state) => COMMANDS.map(([command, apply]) => ({ state, command, apply })));

  it.each(cases)('$command from $state: allowed exactly when the table says so, landing where it says', ({ state, command, apply }) => {
    const request = inState(state);
    expect(request.state).toBe(state);
    const allowed = TRANSITIONS[command].from.includes(state);
    if (!allowed) {
      let error: unknown;
      try {
        apply(request);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('ILLEGAL_TRANSITION');
      expect((error as DomainError).message).toMatch(/现在是“.+”，不能进行这个操作/);
      return;
    }
    const change = apply(request);
    const to = change.set.state ?? request.state;
    expect(TRANSITIONS[command].to).toContain(to);
    expect(change.events.length).toBeGreaterThan(0);
    expect(change.events.every((event) => event.from === state)).toBe(true);
  });

  it('appends to the ledger and bumps the version on every state change, never on a note', () => {
    const request = inState('accepted');
    const noted = run(request, (r) => addNote(r, step(), { text: '上门看过', photos: ['cloud://x/requests/a.jpg'], internal: true }));
    expect(noted.version).toBe(request.version);
    expect(noted.ledger.slice(0, request.ledger.length)).toEqual(request.ledger);
    expect(noted.ledger.at(-1)).toEqual(
      expect.objectContaining({ kind: 'note', note: '上门看过', visibility: 'internal', id: 'n-op-12345678' }),
    );
    const resolved = run(noted, (r) => resolveRequest(r, step(), { text: '已办好', photos: [] }));
    expect(resolved.version).toBe(request.version + 1);
    expect(resolved.ledger.slice(0, noted.ledger.length)).toEqual(noted.ledger);
  });

  it('suspends with a reason and stops the clock; resume restores the working time left', () => {
    const accepted = inState('accepted');
    const suspendedAt = later(MONDAY, hours(2));
    const suspended = run(accepted, (r) => suspendRequest(r, { ...step(), now: suspendedAt }, '等待双方回村', NO_HOLIDAYS));
    expect(suspended).toEqual(
      expect.objectContaining({ state: 'suspended', stateBeforeSuspend: 'accepted', deadline: null, sweepAt: null }),
    );
    expect(suspended.ledger.at(-1)?.note).toBe('等待双方回村');
    // A week later the clock has not run.
    const resumedAt = later(suspendedAt, hours(24 * 7));
    const resumed = run(suspended, (r) => resumeRequest(r, { ...step(), now: resumedAt }, NO_HOLIDAYS));
    expect(resumed.state).toBe('accepted');
    expect(resumed.deadline!.getTime() - resumedAt.getTime()).toBe(accepted.deadline!.getTime() - suspendedAt.getTime());
    expect(resumed.sweepAt).toEqual(resumed.deadline);
  });

  it('rejects a duplicate only with the original named', () => {
    const assigned = inState('assigned');
    expect(() => rejectRequest(assigned, step(), { kind: 'duplicate', reason: '已有人反映', original: null })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
    const done = run(assigned, (r) =>
      rejectRequest(r, step(), { kind: 'duplicate', reason: '已有人反映', original: { id: 'rq0', code: 'QS0000' } }),
    );
    expect(done.rejection).toEqual({ kind: 'duplicate', reason: '已有人反映', duplicateOf: 'rq0' });
    expect(done.ledger.at(-1)?.what).toBe('与诉求 QS0000 重复，并入该诉求办理');
    expect(done.openHandlerId).toBeNull();
  });

  it('closes a resolved request after its rating, or by itself 7 days later', () => {
    const resolved = inState('resolved');
    expect(resolved.sweepAt).toEqual(later(at, hours(24 * 7)));
    const rated = run(resolved, (r) => rateRequest(r, step(resident), { stars: 2, comment: '有点慢' }));
    expect(rated).toEqual(expect.objectContaining({ state: 'closed', rating: { stars: 2, comment: '有点慢', at }, sweepAt: null }));
    const closed = run(resolved, (r) => autoCloseRequest(r, later(at, hours(24 * 7))));
    expect(closed.ledger.at(-1)).toEqual(expect.objectContaining({ kind: 'closed', actor: SYSTEM, what: '办结7天内未评价，自动完成' }));
  });
});
