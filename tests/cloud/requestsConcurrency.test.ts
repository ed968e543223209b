import { ERROR_MESSAGES } from '../../cloudfunctions/domain/shared/errorCodes';
import { dataOf, startTestCloud, type TestCloud } from '../support/testCloud';
import { snapshotStore } from '../support/snapshotStore';
import { file, key, step, stepRaw } from './support/requests';

/**
 * Two people acting on the same request at once: one wins, the other is told
 * "已被他人处理" and nothing is half-written or lost; a step retried with its
 * key (the answer was lost on the way back) lands once.
 */
let test: TestCloud;
beforeAll(async () => {
  test = await startTestCloud();
});
afterAll(() => test.close());

async function ledgerOf(id: string): Promise<Array<{ kind: string; opId: string | null }>> {
  const [doc] = (await test.cloud.store.find('requests', { _id: id })) as Array<{ ledger: Array<{ kind: string; opId: string | null }> }>;
  return doc.ledger;
}

it('lets one of two handlers acting at once win; the other gets CONFLICT and nothing of theirs is written', async () => {
  const accepted = await step(test, 'demo-grid-wang', 'accept', await file(test));
  const [resolve, escalate] = await Promise.all([
    stepRaw(test, 'demo-grid-wang', 'resolve', accepted),
    stepRaw(test, 'demo-staff-hubin', 'escalate', accepted, { reason: '村里统一处理' }),
  ]);
  const outcomes = [resolve, escalate];
  const won = outcomes.filter((r) => r.ok);
  const lost = outcomes.filter((r) => !r.ok);
  expect(won).toHaveLength(1);
  expect(lost).toEqual([{ ok: false, code: 'CONFLICT', message: ERROR_MESSAGES.CONFLICT }]);
  expect(ERROR_MESSAGES.CONFLICT).toContain('已被他人处理');
  const ledger = await ledgerOf(accepted.id);
  expect(ledger.filter((e) => e.kind === 'resolved' || e.kind === 'escalated')).toHaveLength(1);
  const [doc] = (await test.cloud.store.find('requests', { _id: accepted.id })) as Array<{ version: number }>;
  expect(doc.version).toBe(accepted.version + 1);
});

it('serialises a crowd: of ten steps at the same version exactly one lands', async () => {
  const accepted = await step(test, 'demo-grid-wang', 'accept', await file(test));
  const results = await Promise.all(
    Array.from({ length: 10 }, (_, i) =>
      i % 2 === 0
        ? stepRaw(test, 'demo-grid-wang', 'suspend', accepted, { reason: `暂停原因${i}` })
        : stepRaw(test, 'demo-staff-hubin', 'resolve', accepted, { outcome: `办结说明${i}` }),
    ),
  );
  expect(results.filter((r) => r.ok)).toHaveLength(1);
  expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.code === 'CONFLICT')).toBe(true);
  const ledger = await ledgerOf(accepted.id);
  expect(ledger.filter((e) => e.kind === 'suspended' || e.kind === 'resolved')).toHaveLength(1);
});

it('keeps notes written while someone else changes the state: both land', async () => {
  const accepted = await step(test, 'demo-grid-wang', 'accept', await file(test));
  const [note, resolved] = await Promise.all([
    test.call('demo-grid-zhou', 'requests', 'addNote', {
      requestId: accepted.id,
      opId: key('note'),
      text: '我也去看过了',
      photos: [],
      internal: true,
    }),
    stepRaw(test, 'demo-grid-wang', 'resolve', accepted),
  ]);
  expect(note.ok && resolved.ok).toBe(true);
  const kinds = (await ledgerOf(accepted.id)).map((e) => e.kind);
  expect(kinds).toEqual(expect.arrayContaining(['note', 'resolved']));
});

it('refuses a stale version with CONFLICT and writes nothing; the fresh version works', async () => {
  const request = await file(test);
  const accepted = await step(test, 'demo-grid-wang', 'accept', request);
  const before = await snapshotStore(test);
  expect(await stepRaw(test, 'demo-grid-wang', 'resolve', request)).toEqual(expect.objectContaining({ ok: false, code: 'CONFLICT' }));
  expect(await snapshotStore(test)).toBe(before);
  expect((await step(test, 'demo-grid-wang', 'resolve', accepted)).state).toBe('resolved');
});

it('answers a step retried with the same key as the first time, without doing it twice', async () => {
  const request = await file(test);
  const opId = key('retry');
  const payload = { requestId: request.id, version: request.version, opId };
  const first = dataOf(await test.call('demo-grid-wang', 'requests', 'accept', payload));
  const again = dataOf(await test.call('demo-grid-wang', 'requests', 'accept', payload));
  expect(again).toEqual(first);
  expect((await ledgerOf(request.id)).filter((e) => e.opId === opId)).toHaveLength(1);

  const note = { requestId: request.id, opId: key('note'), text: '已电话联系', photos: [], internal: false };
  const notes = await Promise.all([1, 2, 3].map(() => test.call('demo-grid-wang', 'requests', 'addNote', note)));
  expect(notes.every((r) => r.ok)).toBe(true);
  expect((await ledgerOf(request.id)).filter((e) => e.opId === note.opId)).toHaveLength(1);
});
