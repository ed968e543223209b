import type { OpenCaseResultDto, ProxyCaseDto } from '../../cloudfunctions/contract';
import { sessionIdOf } from '../../cloudfunctions/domain/servicedays/ServiceSession';
import { DEMO_SERVICE_DAY_ID, demoBookingDate } from '../../localcloud/seed/demoServiceDays';
import { startTestCloud, type TestCloud } from '../support/testCloud';
import { OPENING_FOR_WANG } from './support/proxyOpening';
import { refusedWithoutTrace } from './support/refusedWithoutTrace';
import { file, key, step, stepRaw } from './support/requests';

/**
 * A client's key (opId, clientKey) makes a retry safe: the same request sent
 * again is answered as the first was. A key reused for a different request
 * (another step, other content, another caller) must neither take the
 * first's answer as its own nor change anything: it is refused with
 * KEY_REUSED and the database stays as it was.
 */
let test: TestCloud;
beforeAll(async () => {
  test = await startTestCloud();
});
afterAll(() => test.close());

const expectKeyReused = (call: () => Promise<unknown>) => refusedWithoutTrace(test, call, 'KEY_REUSED');

function dataOf<T>(answer: { ok: boolean; data?: unknown }): T {
  if (!answer.ok) throw new Error(JSON.stringify(answer));
  return answer.data as T;
}

describe('requests: a step key reused', () => {
  it('for another step (解释 with the key of 受理) is refused, not answered as done', async () => {
    const filed = await file(test, 'demo-resident-wang', { text: `钥匙复用 ${Date.now()}` });
    const opId = key('accept');
    const accepted = await step(test, 'demo-grid-wang', 'accept', filed, { opId });
    await expectKeyReused(() => stepRaw(test, 'demo-grid-wang', 'explain', accepted, { opId }));
    // The genuine retry of 受理 is still answered as done.
    const retried = await stepRaw(test, 'demo-grid-wang', 'accept', filed, { opId });
    expect(retried).toEqual(expect.objectContaining({ ok: true }));
  });

  it('by another person over the same request is refused', async () => {
    const filed = await file(test, 'demo-resident-wang', { text: `他人钥匙 ${Date.now()}` });
    const opId = key('accept');
    const accepted = await step(test, 'demo-grid-wang', 'accept', filed, { opId });
    await expectKeyReused(() => stepRaw(test, 'demo-staff-hubin', 'explain', accepted, { opId }));
  });

  it('for the same step with other words (纳入规划 with another plan) is refused', async () => {
    const filed = await file(test, 'demo-resident-wang', { text: `规划改词 ${Date.now()}` });
    const accepted = await step(test, 'demo-grid-wang', 'accept', filed);
    const opId = key('plan');
    await step(test, 'demo-grid-wang', 'plan', accepted, { opId });
    await expectKeyReused(() => stepRaw(test, 'demo-grid-wang', 'plan', accepted, { opId, plan: '换了一个计划' }));
  });
});

describe('requests: a filing key reused', () => {
  const filing = { gridId: 'g-hubin-1', categoryId: 'policy', photos: [], publicName: false };

  it('with other words is refused, not answered with the first request', async () => {
    const clientKey = key('file');
    const text = `第一件事 ${Date.now()}`;
    const first = dataOf<{ request: { id: string } }>(
      await test.call('demo-resident-wang', 'requests', 'submit', { ...filing, clientKey, text }),
    );
    await expectKeyReused(() =>
      test.call('demo-resident-wang', 'requests', 'submit', { ...filing, clientKey, text: '完全不同的另一件事' }),
    );
    const retried = dataOf<{ request: { id: string }; replayed: boolean }>(
      await test.call('demo-resident-wang', 'requests', 'submit', { ...filing, clientKey, text }),
    );
    expect(retried).toEqual(expect.objectContaining({ replayed: true, request: expect.objectContaining({ id: first.request.id }) }));
  });
});

describe('proxy: a key reused', () => {
  const open = OPENING_FOR_WANG;

  it('openCase: the same client key with another resident is refused, not answered with the first case', async () => {
    const clientKey = key('open');
    const first = dataOf<OpenCaseResultDto>(await test.call('demo-grid-wang', 'proxy', 'openCase', { ...open, clientKey }));
    expect(first.replayed).toBe(false);
    await expectKeyReused(() =>
      test.call('demo-grid-wang', 'proxy', 'openCase', { ...open, clientKey, residentName: '李建国', residentPhone: '13905560102' }),
    );
    const retried = dataOf<OpenCaseResultDto>(await test.call('demo-grid-wang', 'proxy', 'openCase', { ...open, clientKey }));
    expect(retried).toEqual(expect.objectContaining({ replayed: true, case: expect.objectContaining({ id: first.case.id }) }));
  });

  it('a step with the key of an earlier step (送办 with 收件’s key) is refused', async () => {
    const clientKey = key('open');
    const opened = dataOf<OpenCaseResultDto>(await test.call('demo-grid-wang', 'proxy', 'openCase', { ...open, clientKey })).case;
    const opId = key('rcv');
    const received = dataOf<ProxyCaseDto>(
      await test.call('demo-grid-wang', 'proxy', 'receive', {
        caseId: opened.id,
        version: opened.version,
        opId,
        checked: opened.materials,
        photos: [],
      }),
    );
    expect(received.stage).toBe('send');
    await expectKeyReused(() =>
      test.call('demo-grid-wang', 'proxy', 'send', {
        caseId: opened.id,
        version: received.version,
        opId,
        sentOn: new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10),
      }),
    );
  });
});

describe('messages: a key reused', () => {
  const leave = (clientKey: string, text: string) =>
    test.call('demo-resident-wang', 'messages', 'leave', { clientKey, text, photos: [], publicConsent: false });

  it('leave: the same client key with other words is refused, not answered with the first message', async () => {
    const clientKey = key('leave');
    const text = `第一条留言 ${Date.now()}`;
    const first = dataOf<{ message: { id: string } }>(await leave(clientKey, text));
    await expectKeyReused(() => leave(clientKey, '完全不同的另一条留言'));
    const retried = dataOf<{ message: { id: string }; replayed: boolean }>(await leave(clientKey, text));
    expect(retried).toEqual(expect.objectContaining({ replayed: true, message: expect.objectContaining({ id: first.message.id }) }));
  });

  it('reply: the same key with other words, or for a hand-over, or by a colleague, is refused', async () => {
    const left = dataOf<{ message: { id: string } }>(await leave(key('leave'), `要回复的留言 ${Date.now()}`)).message;
    const opId = key('reply');
    const reply = { messageId: left.id, opId, text: '周六上午开门。', photos: [] };
    dataOf(await test.call('demo-staff-hubin', 'messages', 'reply', reply));
    await expectKeyReused(() => test.call('demo-staff-hubin', 'messages', 'reply', { ...reply, text: '周日也开门。' }));
    await expectKeyReused(() => test.call('demo-staff-township', 'messages', 'reply', reply));
    await expectKeyReused(() => test.call('demo-resident-wang', 'messages', 'answer', { ...reply, text: '谢谢' }));
    expect(await test.call('demo-staff-hubin', 'messages', 'reply', reply)).toEqual(expect.objectContaining({ ok: true }));
  });

  it('handOver: the key of the resident’s earlier answer is refused, not answered as handed over', async () => {
    const left = dataOf<{ message: { id: string } }>(await leave(key('leave'), `要转交的留言 ${Date.now()}`)).message;
    dataOf(await test.call('demo-staff-hubin', 'messages', 'open', { messageId: left.id }));
    const opId = key('note');
    const answer = { messageId: left.id, opId, text: '补充一句', photos: [] };
    dataOf(await test.call('demo-resident-wang', 'messages', 'answer', answer));
    await expectKeyReused(() =>
      test.call('demo-staff-hubin', 'messages', 'handOver', {
        messageId: left.id,
        opId,
        toStaffId: 'demo-staff-township',
        note: '请乡里答复',
      }),
    );
  });
});

describe('visits: a key reused', () => {
  const household = {
    gridId: 'g-hubin-1',
    group: '汪屋组',
    address: '21号',
    members: [{ name: '汪小山', relation: 'head' as const, ageBand: 'age60to79' as const, phone: '', phoneVerified: false, userId: null }],
    tags: [],
    needs: '',
  };

  it('saveHousehold: the key of a recorded household with another address is refused, not answered with the first', async () => {
    const opId = key('hh');
    const first = await test.call('demo-grid-wang', 'visits', 'saveHousehold', { ...household, opId });
    expect(first).toEqual(expect.objectContaining({ ok: true }));
    await expectKeyReused(() => test.call('demo-grid-wang', 'visits', 'saveHousehold', { ...household, opId, address: '99号' }));
    expect(await test.call('demo-grid-wang', 'visits', 'saveHousehold', { ...household, opId })).toEqual(first);
  });

  it('recordVisit: the same client key with other words is refused', async () => {
    const visit = {
      clientKey: key('visit'),
      householdIds: ['hh-hubin1-2'],
      at: new Date().toISOString(),
      kind: 'visit' as const,
      seen: '老人在家，身体还好。',
      said: '',
      help: '',
      photos: [],
      problems: [],
    };
    dataOf(await test.call('demo-grid-wang', 'visits', 'recordVisit', visit));
    await expectKeyReused(() => test.call('demo-grid-wang', 'visits', 'recordVisit', { ...visit, seen: '老人不在家。' }));
  });

  it('recordCallback with the key of 标记回访 is refused, not answered as recorded', async () => {
    const opId = key('cb');
    dataOf(await test.call('demo-staff-hubin', 'visits', 'markCallback', { opId, visitId: 'demo-vs-4', reason: '抽查走访' }));
    await expectKeyReused(() =>
      test.call('demo-staff-hubin', 'visits', 'recordCallback', { opId, visitId: 'demo-vs-4', verdict: 'confirmed', text: '属实' }),
    );
  });

  it('endAssignment with the key of 结对 is refused; a reminder under another staff member’s key too', async () => {
    const opId = key('pair');
    const pairing = { kind: 'household' as const, targetId: 'hh-hubin2-2', cadreId: 'demo-grid-guo' };
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    dataOf(await test.call('demo-staff-hubin', 'visits', 'assignCadre', { ...pairing, opId, since: today }));
    await expectKeyReused(() =>
      test.call('demo-staff-hubin', 'visits', 'endAssignment', { ...pairing, opId, until: today, reason: '换人' }),
    );
    const remindKey = key('remind');
    dataOf(await test.call('demo-staff-hubin', 'visits', 'remind', { opId: remindKey, householdId: 'hh-hubin2-2' }));
    await expectKeyReused(() => test.call('demo-staff-township', 'visits', 'remind', { opId: remindKey, householdId: 'hh-hubin2-2' }));
  });
});

describe('posts: a service log is keyed', () => {
  const entry = (clientKey: string, content: string) => ({
    clientKey,
    postId: 'p-hubin2-public',
    date: '2026-04-02',
    hours: 2,
    content,
    photos: [],
  });
  const logsOf = (content: string) => test.cloud.store.find('serviceLogs', { memberId: 'demo-party-gao', content });

  it('sent again after a lost answer, it is recorded once and answered with the same log', async () => {
    const sent = entry(key('log'), `检修线路 ${Date.now()}`);
    const first = dataOf<{ id: string }>(await test.call('demo-party-gao', 'posts', 'logService', sent));
    const again = dataOf<{ id: string }>(await test.call('demo-party-gao', 'posts', 'logService', sent));
    expect(again.id).toBe(first.id);
    expect(logsOf(sent.content)).toHaveLength(1);
    expect(test.cloud.store.find('postEvents', { logId: first.id, type: 'serviceLogged' })).toHaveLength(1);
  });

  it('the key sent with other hours is refused', async () => {
    const sent = entry(key('log'), `巡逻 ${Date.now()}`);
    dataOf(await test.call('demo-party-gao', 'posts', 'logService', sent));
    await expectKeyReused(() => test.call('demo-party-gao', 'posts', 'logService', { ...sent, hours: 8 }));
    expect(logsOf(sent.content)).toHaveLength(1);
  });
});

describe('service days: a booking key reused', () => {
  it('for another slot is refused, not answered with the booking of the first', async () => {
    const sessionId = sessionIdOf(DEMO_SERVICE_DAY_ID, demoBookingDate(new Date()));
    const requestKey = key('book');
    const booked = await test.call('demo-resident-zhao', 'servicedays', 'book', { sessionId, slotKey: 'w5_1000', requestKey });
    expect(booked).toEqual(expect.objectContaining({ ok: true }));
    await expectKeyReused(() => test.call('demo-resident-zhao', 'servicedays', 'book', { sessionId, slotKey: 'w5_1100', requestKey }));
    // The same request again is the same booking.
    const again = dataOf<{ code: string; repeated: boolean }>(
      await test.call('demo-resident-zhao', 'servicedays', 'book', { sessionId, slotKey: 'w5_1000', requestKey }),
    );
    expect(again).toEqual(expect.objectContaining({ code: dataOf<{ code: string }>(booked).code, repeated: true }));
  });
});
