import type { MessageDetailDto } from '../../cloudfunctions/contract';
import { templateIdOf } from '../../cloudfunctions/shared/subscribeTemplates';
import { acceptSubscribe, unusedAcceptances } from '../support/subscribeConsent';
import { dataOf, startTestCloud, type TestCloud } from '../support/testCloud';
import { key } from './support/requests';

/**
 * 留言 end to end through the local runtime: the thread, the subscribe
 * message on each reply, 首问负责 (with a real race), hand-over, retries that
 * never double-post, the turn into a routed 诉求 and the public board.
 */
let test: TestCloud;
beforeAll(async () => {
  test = await startTestCloud({ workers: 4 });
});
afterAll(() => test.close());

const RESIDENT = 'demo-resident-wang'; // 湖滨村 第一网格
const STAFF = 'demo-staff-hubin'; // over 湖滨村
const TOWNSHIP = 'demo-staff-township'; // over 凉泉乡, so also over 湖滨村
const OTHER_STAFF = 'demo-staff-taihua';

/** The resident allows one reply notice, as the tap on 发送留言 (or 追问) does, with the ids the page loaded from `mine`. */
async function allowReplyNotice(): Promise<void> {
  const { subscribeTemplateIds } = dataOf(await test.call(RESIDENT, 'messages', 'mine', {}));
  await acceptSubscribe(test.cloud.url, RESIDENT, subscribeTemplateIds);
}

async function leave(text = '村里的垃圾车几点来？', publicConsent = true, clientKey = key('leave')): Promise<MessageDetailDto> {
  await allowReplyNotice();
  return dataOf(await test.call(RESIDENT, 'messages', 'leave', { clientKey, text, photos: [], publicConsent })).message;
}

const replies = () => test.cloud.outbox().filter((m) => m.templateId === templateIdOf('messageReply'));

it('is a thread: staff reply, the resident answers, staff reply again; each reply is a subscribe message', async () => {
  const message = await leave();
  expect(message).toEqual(expect.objectContaining({ status: 'waiting', place: '湖滨村', allowed: ['answer'] }));
  const sentBefore = replies().length;
  const first = dataOf(
    await test.call(STAFF, 'messages', 'reply', { messageId: message.id, opId: key('r'), text: '每周二、周五上午。', photos: [] }),
  );
  expect(first.status).toBe('answered');
  await allowReplyNotice();
  const answered = dataOf(
    await test.call(RESIDENT, 'messages', 'answer', { messageId: message.id, opId: key('a'), text: '那周末呢？', photos: [] }),
  );
  expect(answered.status).toBe('waiting');
  dataOf(
    await test.call(STAFF, 'messages', 'reply', { messageId: message.id, opId: key('r'), text: '周末不收，请放到集中点。', photos: [] }),
  );
  const seen = dataOf(await test.call(RESIDENT, 'messages', 'detail', { messageId: message.id }));
  expect(seen.posts.map((p) => [p.author, p.text])).toEqual([
    ['我', '村里的垃圾车几点来？'],
    ['工作人员 李大毛', '每周二、周五上午。'],
    ['我', '那周末呢？'],
    ['工作人员 李大毛', '周末不收，请放到集中点。'],
  ]);
  const sent = replies().slice(sentBefore);
  expect(sent).toHaveLength(2);
  expect(sent.every((m) => m.touser === RESIDENT && m.page === `packages/console/message-detail/index?id=${message.id}`)).toBe(true);
});

it('never posts twice when the phone retries a lost answer', async () => {
  const clientKey = key('same');
  const first = await leave('路灯不亮了', false, clientKey);
  const again = dataOf(await test.call(RESIDENT, 'messages', 'leave', { clientKey, text: '路灯不亮了', photos: [], publicConsent: false }));
  expect(again).toEqual(expect.objectContaining({ replayed: true }));
  expect(again.message.id).toBe(first.id);
  const opId = key('r');
  const sentBefore = replies().length;
  const unused = async () => (await unusedAcceptances(test.cloud.url, RESIDENT))[templateIdOf('messageReply')] ?? 0;
  const allowedBefore = await unused();
  for (let i = 0; i < 2; i += 1) {
    dataOf(await test.call(STAFF, 'messages', 'reply', { messageId: first.id, opId, text: '已经报修。', photos: [] }));
  }
  const answerId = key('a');
  for (let i = 0; i < 2; i += 1) {
    dataOf(await test.call(RESIDENT, 'messages', 'answer', { messageId: first.id, opId: answerId, text: '好的', photos: [] }));
  }
  const thread = dataOf(await test.call(RESIDENT, 'messages', 'detail', { messageId: first.id }));
  expect(thread.posts).toHaveLength(3);
  expect(replies().length - sentBefore).toBe(1);
  // The retried reply used one acceptance, not two.
  expect(await unused()).toBe(allowedBefore - 1);
  const mine = dataOf(await test.call(RESIDENT, 'messages', 'mine', {}));
  expect(mine.items.filter((m) => m.id === first.id)).toHaveLength(1);
});

it('首问负责: of two staff opening at once exactly one owns it; only the owner replies or hands over', async () => {
  const message = await leave('想咨询一下养老保险');
  // Warm both staff members' runtime instances so the two opens really overlap.
  await Promise.all([STAFF, TOWNSHIP, STAFF, TOWNSHIP].map((who) => test.call(who, 'messages', 'staffList', { view: 'waiting' })));
  const [a, b] = await Promise.all([
    test.call(STAFF, 'messages', 'open', { messageId: message.id }),
    test.call(TOWNSHIP, 'messages', 'open', { messageId: message.id }),
  ]);
  const owners = new Set([dataOf(a).ownerName, dataOf(b).ownerName]);
  expect(owners.size).toBe(1);
  const owner = dataOf(a).ownerName === '李大毛' ? STAFF : TOWNSHIP;
  const other = owner === STAFF ? TOWNSHIP : STAFF;
  const stored = dataOf(await test.call(owner, 'messages', 'detail', { messageId: message.id }));
  expect(stored.events.filter((e) => e.what.includes('首先查看'))).toHaveLength(1);
  // Opening again changes nothing.
  dataOf(await test.call(other, 'messages', 'open', { messageId: message.id }));
  expect(dataOf(await test.call(owner, 'messages', 'detail', { messageId: message.id })).version).toBe(stored.version);

  const refused = await test.call(other, 'messages', 'reply', { messageId: message.id, opId: key('r'), text: '我来答', photos: [] });
  expect(refused).toEqual(expect.objectContaining({ ok: false, code: 'MESSAGE_OWNED' }));

  const otherId = other;
  const handed = dataOf(
    await test.call(owner, 'messages', 'handOver', { messageId: message.id, opId: key('h'), toStaffId: otherId, note: '这归您那边管' }),
  );
  expect(handed.ownerName).not.toBe(stored.ownerName);
  expect(handed.events.at(-1)).toEqual(expect.objectContaining({ note: '这归您那边管' }));
  const replied = dataOf(
    await test.call(other, 'messages', 'reply', { messageId: message.id, opId: key('r'), text: '可以到乡社保所办理。', photos: [] }),
  );
  expect(replied).toEqual(expect.objectContaining({ status: 'answered', ownerName: null }));
  // Staff of another village cannot be handed a message.
  const next = await leave('再问一件事');
  dataOf(await test.call(STAFF, 'messages', 'open', { messageId: next.id }));
  const wrong = await test.call(STAFF, 'messages', 'handOver', {
    messageId: next.id,
    opId: key('h'),
    toStaffId: OTHER_STAFF,
    note: '转给太华村',
  });
  expect(wrong).toEqual(expect.objectContaining({ ok: false, code: 'INVALID_INPUT' }));
});

it('turns a message into a routed request, once, linked both ways', async () => {
  const message = await leave('汪屋组池塘边的护栏断了，小孩在边上玩很危险。');
  const [a, b] = await Promise.all([
    test.call(STAFF, 'messages', 'toRequest', { messageId: message.id, categoryId: 'infrastructure' }),
    test.call(TOWNSHIP, 'messages', 'toRequest', { messageId: message.id, categoryId: 'infrastructure' }),
  ]);
  expect(dataOf(a).requestId).toBe(dataOf(b).requestId);
  const requestId = dataOf(a).requestId;
  const again = dataOf(await test.call(STAFF, 'messages', 'toRequest', { messageId: message.id, categoryId: 'infrastructure' }));
  expect(again.requestId).toBe(requestId);
  expect(again.message.requestId).toBe(requestId);
  expect(again.message.events.filter((e) => e.what.includes('转为诉求'))).toHaveLength(1);
  const request = dataOf(await test.call(RESIDENT, 'requests', 'detail', { requestId }));
  expect(request).toEqual(
    expect.objectContaining({ state: 'assigned', sourceMessageId: message.id, categoryName: '基础设施', text: message.posts[0].text }),
  );
  expect(request.handler).toEqual(expect.objectContaining({ name: '汪德华' }));
  expect(test.cloud.store.find('requests', { sourceMessageId: message.id })).toHaveLength(1);
});

it('publishes on 网谈回音 only with consent and an answer, names hidden', async () => {
  const noConsent = await leave('我家的事不想公开', false);
  dataOf(await test.call(STAFF, 'messages', 'reply', { messageId: noConsent.id, opId: key('r'), text: '好的', photos: [] }));
  expect(await test.call(STAFF, 'messages', 'publish', { messageId: noConsent.id })).toEqual(
    expect.objectContaining({ ok: false, code: 'NO_PUBLIC_CONSENT' }),
  );
  const unanswered = await leave('可以公开的问题');
  expect(await test.call(STAFF, 'messages', 'publish', { messageId: unanswered.id })).toEqual(
    expect.objectContaining({ ok: false, code: 'NOT_ANSWERED' }),
  );
  dataOf(await test.call(STAFF, 'messages', 'reply', { messageId: unanswered.id, opId: key('r'), text: '这样办就行。', photos: [] }));
  const published = dataOf(await test.call(STAFF, 'messages', 'publish', { messageId: unanswered.id }));
  expect(published.published).toBe(true);
  const board = dataOf(await test.call('demo-resident-zhao', 'messages', 'board', {}));
  const entry = board.items.find((item) => item.id === unanswered.id)!;
  expect(entry.posts.map((p) => p.author)).toEqual(['群众', '湖滨村工作人员']);
  expect(JSON.stringify(board)).not.toMatch(/王秀英|李大毛|13905560101/);
  expect(board.items.some((item) => item.id === noConsent.id)).toBe(false);
});
