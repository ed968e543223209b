import type { RequestDetailDto } from '../../cloudfunctions/contract';
import type { ResidentRequest } from '../../cloudfunctions/domain/requests/ResidentRequest';
import { dataOf, startTestCloud, type TestCloud } from '../support/testCloud';
import { snapshotStore } from '../support/snapshotStore';
import { unusedAcceptances } from '../support/subscribeConsent';
import { allowProgressNotice, allowTaskNotice, detail, file, key, lastSeq, messagesTo, photoOf, step, stepRaw } from './support/requests';

/**
 * 诉求 end to end through the local runtime and the real SDK: filing and
 * routing, similar requests and following, 代办, handling, rating and
 * 没解决, re-routing, and the database actions each costs.
 */
let test: TestCloud;
beforeAll(async () => {
  test = await startTestCloud();
});
afterAll(() => test.close());

type Stored = ResidentRequest;
async function stored(id: string): Promise<Stored> {
  const [doc] = await test.cloud.store.find('requests', { _id: id });
  return doc as unknown as Stored;
}

describe('filing', () => {
  it('routes by grid and category, explains why, sets the deadline, tells the handler — in 3 database actions', async () => {
    // The submit tap allows one progress notice; 周义青 allowed one task notice in his inbox.
    await allowProgressNotice(test, 'demo-resident-wang');
    await allowTaskNotice(test, 'demo-grid-zhou');
    const progressId = dataOf(await test.call('demo-resident-wang', 'requests', 'formOptions', {})).subscribeTemplateIds[0];
    const allowedBefore = (await unusedAcceptances(test.cloud.url, 'demo-resident-wang'))[progressId];
    const since = lastSeq(test);
    const clientKey = key('submit');
    const { body, dbActions } = await test.raw('demo-resident-wang', 'requests', {
      action: 'submit',
      payload: {
        clientKey,
        gridId: 'g-hubin-1',
        categoryId: 'mediation',
        text: '邻居家的狗天天晚上叫，说了几次都不管。',
        photos: [photoOf('demo-resident-wang')],
        location: { address: '汪屋组东头' },
        publicName: false,
      },
    });
    expect(dbActions).toBe(3);
    const { request, replayed } = dataOf(body as never) as { request: RequestDetailDto; replayed: boolean };
    expect(replayed).toBe(false);
    expect(request).toEqual(
      expect.objectContaining({
        state: 'assigned',
        categoryName: '矛盾调解',
        handler: { name: '周义青', title: '调解员', level: 'grid', place: '第一网格（汪屋组）' },
        routingReason: '按 网格+类别 分派给 周义青（调解员）',
        resident: { name: '王秀英', phone: '13905560101', phoneVerified: true, household: null },
        relation: 'own',
        version: 1,
      }),
    );
    expect(request.countdown?.overdue).toBe(false);
    expect(request.photos).toEqual([{ fileID: photoOf('demo-resident-wang'), url: '' }]);
    expect(request.timeline.map((e) => e.what)).toEqual([
      '提交了诉求（矛盾调解）',
      expect.stringMatching(/^由第一网格（汪屋组） 周义青（调解员） 办理，5个工作日内办结（\d+月\d+日前）$/),
    ]);
    const doc = await stored(request.id);
    expect(doc.openHandlerId).toBe('demo-grid-zhou');
    expect(doc.sweepAt).toEqual(doc.deadline);
    expect(doc.placeIds).toEqual(['c-wangjiang', 't-liangquan', 'v-hubin', 'g-hubin-1']);
    // She sees the routing on her screen: no message about her own filing, her acceptance waits for news.
    expect(messagesTo(test, 'demo-resident-wang', since)).toEqual([]);
    expect((await unusedAcceptances(test.cloud.url, 'demo-resident-wang'))[progressId]).toBe(allowedBefore);
    expect(messagesTo(test, 'demo-grid-zhou', since).map((m) => m.data)).toEqual([
      expect.objectContaining({ thing1: { value: '矛盾调解：邻居家的狗天天晚上叫，说了几…' }, phrase2: { value: '新诉求' } }),
    ]);
  });

  it('files a retried submission once: same key, same request, nothing new', async () => {
    const clientKey = key('retry');
    const payload = { clientKey, gridId: 'g-hubin-1', categoryId: 'environment', text: '垃圾池满了', photos: [], publicName: false };
    const first = dataOf(await test.call('demo-resident-wang', 'requests', 'submit', payload));
    const before = await snapshotStore(test);
    const again = dataOf(await test.call('demo-resident-wang', 'requests', 'submit', payload));
    expect(again.replayed).toBe(true);
    expect(again.request.id).toBe(first.request.id);
    expect(await snapshotStore(test)).toBe(before);
    // Even several at once (a phone retrying on a flaky network).
    const burstKey = key('burst');
    const results = await Promise.all(
      Array.from({ length: 6 }, () =>
        test.call('demo-resident-li', 'requests', 'submit', { ...payload, clientKey: burstKey, gridId: 'g-hubin-2' }),
      ),
    );
    const ids = new Set(results.map((r) => dataOf(r).request.id));
    expect(ids.size).toBe(1);
    expect(results.filter((r) => !dataOf(r).replayed)).toHaveLength(1);
    expect(await test.cloud.store.count('requests', { _id: [...ids][0] })).toBe(1);
    // The same key from another person is another request.
    const other = dataOf(await test.call('demo-resident-zhao', 'requests', 'submit', { ...payload, clientKey, gridId: 'g-taihua-1' }));
    expect(other.request.id).not.toBe(first.request.id);
  });

  it('asks for a name and phone only when the profile has none, and keeps them on the request', async () => {
    dataOf(await test.call('new-villager-1', 'users', 'chooseGrid', { gridId: 'g-taihua-2' }));
    const options = dataOf(await test.call('new-villager-1', 'requests', 'formOptions', {}));
    expect(options).toEqual(expect.objectContaining({ hasName: false, hasPhone: false }));
    expect(options.homeGrid?.grid.id).toBe('g-taihua-2');
    expect(options.categories.map((c) => c.name)).toContain('环境卫生');
    const request = await file(test, 'new-villager-1', { gridId: 'g-taihua-2', contactName: '何大姐', contactPhone: '13905568888' });
    // A typed number is how to call back, marked unverified.
    expect(request.resident).toEqual({ name: '何大姐', phone: '13905568888', phoneVerified: false, household: null });
    expect(request.handler?.name).toBe('何志强');
    // A profile phone wins over one typed into the form.
    const own = await file(test, 'demo-resident-sun', { gridId: 'g-taihua-2', contactPhone: '13000000000' });
    expect(own.resident?.phone).toBe('13905560104');
  });

  it('refuses an inactive or unknown category and an unknown grid, writing nothing', async () => {
    const before = await snapshotStore(test);
    await test.cloud.store.insertMany('categories', [
      { _id: 'retired', name: '旧类别', icon: 'help', timeLimitDays: 3, order: 99, active: false },
      // Named like the grid: a category id read as a field path ('$_id') would find it.
      { _id: 'g-hubin-1', name: '同名类别', icon: 'help', timeLimitDays: 3, order: 98, active: true },
    ]);
    const after = await snapshotStore(test);
    for (const [fields, code] of [
      [{ categoryId: 'retired' }, 'INVALID_INPUT'],
      [{ categoryId: 'nonexistent' }, 'INVALID_INPUT'],
      [{ categoryId: '$_id' }, 'INVALID_INPUT'],
      [{ gridId: 'g-nowhere' }, 'NOT_FOUND'],
      [{ gridId: 'v-hubin' }, 'NOT_FOUND'],
    ] as const) {
      const base = { clientKey: key('bad'), gridId: 'g-hubin-1', categoryId: 'environment', text: '测试', photos: [], publicName: false };
      const result = await test.call('demo-resident-wang', 'requests', 'submit', { ...base, ...fields });
      expect(result).toEqual(expect.objectContaining({ ok: false, code }));
    }
    expect(await snapshotStore(test)).toBe(after);
    expect(after).not.toBe(before);
  });
});

describe('similar requests and following', () => {
  it('shows open requests of the same grid and category from the last 14 days, and lets a neighbour follow instead', async () => {
    const original = await file(test, 'demo-resident-wang', {
      gridId: 'g-hubin-2',
      categoryId: 'security',
      text: '郭屋组晚上有陌生人转悠，偷了两只鸡。',
      publicName: false,
    });
    await file(test, 'demo-resident-wang', { gridId: 'g-hubin-2', categoryId: 'health', text: '别的类别' });
    // An old one (20 days ago) is not "similar" any more.
    const old = await file(test, 'demo-resident-wang', { gridId: 'g-hubin-2', categoryId: 'security', text: '很久以前的事' });
    await test.cloud.store.documents.update(
      'requests',
      { _id: old.id },
      { $set: { createdAt: new Date(Date.now() - 20 * 86_400_000) } },
      { multi: false, replace: false, upsert: false },
    );

    const similar = dataOf(await test.call('demo-resident-li', 'requests', 'similar', { gridId: 'g-hubin-2', categoryId: 'security' }));
    expect(similar.items.map((i) => i.id)).toEqual([original.id]);
    expect(similar.items[0]).toEqual(
      expect.objectContaining({ residentLabel: '群众', following: false, own: false, excerpt: '郭屋组晚上有陌生人转悠，偷了两只鸡。' }),
    );
    expect(JSON.stringify(similar)).not.toContain('13905560101');

    const followed = dataOf(await test.call('demo-resident-li', 'requests', 'follow', { requestId: original.id }));
    expect(followed).toEqual(
      expect.objectContaining({ following: true, followers: 1, resident: null, routingReason: null, relation: 'following' }),
    );
    expect(followed.timeline[0].actor).toBe('群众');
    expect(followed.allowed).toEqual(['unfollow']);
    // Following twice counts once.
    dataOf(await test.call('demo-resident-li', 'requests', 'follow', { requestId: original.id }));
    expect((await stored(original.id)).followerIds).toEqual(['demo-resident-li']);

    const mine = dataOf(await test.call('demo-resident-li', 'requests', 'mine', { status: 'open' }));
    expect(mine.items.find((i) => i.id === original.id)?.relation).toBe('following');

    // The handler's notes reach the owner, not the follower.
    const accepted = await step(test, 'demo-grid-guo', 'accept', original);
    dataOf(
      await test.call('demo-grid-guo', 'requests', 'addNote', {
        requestId: original.id,
        opId: key('note'),
        text: '已联系派出所加强巡逻',
        photos: [],
        internal: false,
      }),
    );
    const ownerView = await detail(test, 'demo-resident-wang', original.id);
    const followerView = await detail(test, 'demo-resident-li', original.id);
    expect(ownerView.timeline.map((e) => e.note)).toContain('已联系派出所加强巡逻');
    expect(followerView.timeline.map((e) => e.what)).not.toContain('记录了办理情况');
    expect(followerView.timeline.map((e) => e.what)).toContain('受理了诉求，开始办理');
    expect(accepted.version).toBe(2);

    dataOf(await test.call('demo-resident-li', 'requests', 'unfollow', { requestId: original.id }));
    expect(await test.call('demo-resident-li', 'requests', 'detail', { requestId: original.id })).toEqual(
      expect.objectContaining({ ok: false, code: 'OUT_OF_JURISDICTION' }),
    );
  });
});

describe('代办 (filing on behalf)', () => {
  it('files for a resident by name, household and phone; whoever signs in with that phone sees it and rates it', async () => {
    const result = dataOf(
      await test.call('demo-grid-wang', 'requests', 'fileOnBehalf', {
        clientKey: key('proxy'),
        gridId: 'g-hubin-1',
        categoryId: 'proxy',
        text: '汪奶奶身份证过期了，行动不便，请帮忙代办换证。',
        photos: [],
        publicName: false,
        residentName: '汪桂花',
        household: '汪屋组12号 汪桂花户',
        residentPhone: '13905567777',
      }),
    );
    const request = result.request;
    expect(request).toEqual(
      expect.objectContaining({
        proxy: true,
        resident: { name: '汪桂花', phone: '13905567777', phoneVerified: false, household: '汪屋组12号 汪桂花户' },
      }),
    );
    expect(request.timeline[0]).toEqual(expect.objectContaining({ actor: '网格长 汪德华', what: '代群众提交了诉求（民事代理，代办）' }));
    // He filed it in his own grid: it is his and already accepted (the 受理 step is in the ledger), nothing waits for his own 受理.
    expect(request.state).toBe('accepted');
    expect(request.handler).toEqual(expect.objectContaining({ name: '汪德华' }));
    expect(request.timeline.map((entry) => entry.what)).toContain('受理了诉求，开始办理');
    expect(request.allowed).not.toContain('accept');
    const stored = (await test.cloud.store.find('requests', { _id: request.id }))[0] as {
      ledger: Array<{ kind: string; actor: { id: string } }>;
      openHandlerId: string;
    };
    expect(stored.ledger.map((e) => [e.kind, e.actor.id])).toEqual([
      ['submitted', 'demo-grid-wang'],
      ['routed', null],
      ['accepted', 'demo-grid-wang'],
    ]);
    expect(stored.openHandlerId).toBe('demo-grid-wang');

    // Later 汪桂花 gets the app; her verified phone is on her profile.
    await test.cloud.store.insertMany('users', [
      {
        _id: 'wx-wang-guihua',
        name: '汪桂花',
        phone: '13905567777',
        roles: ['resident'],
        homeGridId: 'g-hubin-1',
        householdTags: [],
        gridDuties: [],
        nodeDuties: [],
        staffScopeId: null,
        elderMode: true,
        createdAt: new Date(),
      },
    ]);
    const mine = dataOf(await test.call('wx-wang-guihua', 'requests', 'mine', { status: 'open' }));
    expect(mine.items.map((i) => [i.id, i.relation])).toEqual([[request.id, 'own']]);
    const resolved = await step(test, 'demo-grid-wang', 'resolve', request, { outcome: '新身份证已领回，送到家里。' });
    const closed = await step(test, 'wx-wang-guihua', 'rate', resolved, { stars: 5, comment: '谢谢汪书记' });
    expect(closed.state).toBe('closed');
  });

  it('is only for the grids one serves', async () => {
    const before = await snapshotStore(test);
    const result = await test.call('demo-grid-chen', 'requests', 'fileOnBehalf', {
      clientKey: key('proxy'),
      gridId: 'g-hubin-1',
      categoryId: 'proxy',
      text: '替别的网格的人代办',
      photos: [],
      publicName: false,
      residentName: '某人',
      household: '某户',
      residentPhone: '13905567778',
    });
    expect(result).toEqual(expect.objectContaining({ ok: false, code: 'OUT_OF_JURISDICTION' }));
    expect(await snapshotStore(test)).toBe(before);
  });
});

describe('handling', () => {
  it('accept, note with photos, resolve with outcome and photos, rate: every step in the ledger, 3 actions each', async () => {
    const request = await file(test);
    const since = lastSeq(test);
    const accept = await test.raw('demo-grid-wang', 'requests', {
      action: 'accept',
      payload: { requestId: request.id, version: 1, opId: key('a') },
    });
    expect(accept.dbActions).toBe(3);
    const accepted = dataOf(accept.body as never) as RequestDetailDto;
    expect(accepted.allowed).toEqual(['addNote', 'resolve', 'escalate', 'suspend', 'reject', 'reassign', 'explain', 'plan']);
    const note = await test.raw('demo-grid-wang', 'requests', {
      action: 'addNote',
      payload: { requestId: request.id, opId: key('n'), text: '已到现场查看', photos: [photoOf('demo-grid-wang')], internal: false },
    });
    expect(note.dbActions).toBe(3);
    const resolved = await step(test, 'demo-grid-wang', 'resolve', accepted, {
      outcome: '已清理，垃圾桶已扶正加固。',
      photos: [photoOf('demo-grid-wang')],
    });
    expect(resolved).toEqual(expect.objectContaining({ state: 'resolved', countdown: null, deadline: null }));
    expect(resolved.resolution).toEqual(
      expect.objectContaining({ text: '已清理，垃圾桶已扶正加固。', photos: [{ fileID: photoOf('demo-grid-wang'), url: '' }] }),
    );
    expect(messagesTo(test, 'demo-resident-wang', since).map((m) => m.data.phrase2?.value)).toEqual(['已办结']);

    const ownerView = await detail(test, 'demo-resident-wang', request.id);
    expect(ownerView.allowed).toEqual(['rate', 'notSolved']);
    const closed = await step(test, 'demo-resident-wang', 'rate', ownerView, { stars: 4, comment: '还算及时' });
    expect(closed.rating).toEqual({ stars: 4, comment: '还算及时' });
    expect(closed.timeline.map((e) => e.what)).toEqual([
      '提交了诉求（环境卫生）',
      expect.stringContaining('由第一网格（汪屋组） 汪德华（网格长） 办理'),
      '受理了诉求，开始办理',
      '记录了办理情况',
      '办结了诉求，请群众评价',
      '评价：★★★★（4星），诉求完成',
    ]);
    const doc = await stored(request.id);
    expect(doc.version).toBe(4);
    expect(doc.openHandlerId).toBeNull();
    expect(doc.sweepAt).toBeNull();
  });

  it('没解决 goes back to the same handler, the second time to the village', async () => {
    const request = await file(test);
    const again = async (r: { id: string; version: number }) => {
      const accepted = await step(test, 'demo-grid-wang', 'accept', r);
      return step(test, 'demo-grid-wang', 'resolve', accepted);
    };
    // Each 没解决 tap allows one more progress notice, as the page asks in the tap.
    await allowProgressNotice(test, 'demo-resident-wang');
    const first = await step(test, 'demo-resident-wang', 'notSolved', await again(request), { reason: '垃圾桶又倒了' });
    expect(first).toEqual(expect.objectContaining({ state: 'reopened', handler: expect.objectContaining({ name: '汪德华' }) }));
    expect(first.timeline.at(-1)).toEqual(expect.objectContaining({ note: '垃圾桶又倒了' }));
    await allowTaskNotice(test, 'demo-staff-hubin');
    const since = lastSeq(test);
    const resolvedAgain = await again(first);
    await allowProgressNotice(test, 'demo-resident-wang');
    const second = await step(test, 'demo-resident-wang', 'notSolved', resolvedAgain, { reason: '还是没人管' });
    expect(second).toEqual(
      expect.objectContaining({
        state: 'escalated',
        handler: { name: '李大毛', title: '村党总支书记', level: 'village', place: '湖滨村' },
      }),
    );
    expect(second.routingReason).toBe('群众第2次反映没解决：“还是没人管”，上报至湖滨村：李大毛（村党总支书记）');
    expect(messagesTo(test, 'demo-staff-hubin', since)).toHaveLength(1);
    // Told it was resolved again; not told of the escalation she caused herself (she sees it on screen).
    expect(messagesTo(test, 'demo-resident-wang', since).map((m) => m.data.phrase2?.value)).toEqual(['已办结']);
  });

  it('suspends with a reason (clock stopped), resumes, escalates by hand up to the county, and refuses to go above it', async () => {
    const request = await step(test, 'demo-grid-wang', 'accept', await file(test));
    const suspended = await step(test, 'demo-grid-wang', 'suspend', request, { reason: '等雨停了再修' });
    expect(suspended.countdown?.label).toBe('已暂停计时');
    expect((await stored(request.id)).sweepAt).toBeNull();
    const resumed = await step(test, 'demo-grid-wang', 'resume', suspended);
    expect(resumed.state).toBe('accepted');
    expect(resumed.deadline).not.toBeNull();
    const village = await step(test, 'demo-grid-wang', 'escalate', resumed, { reason: '需要村里出钱修' });
    expect(village.handler?.name).toBe('李大毛');
    const township = await step(test, 'demo-staff-hubin', 'escalate', village, { reason: '村里资金不够，请乡里协调' });
    expect(township.handler).toEqual({ name: '黄文斌', title: '乡党委副书记', level: 'township', place: '凉泉乡' });
    const county = await step(test, 'demo-staff-township', 'escalate', township, { reason: '乡里协调不了，请县里解决' });
    expect(county).toEqual(expect.objectContaining({ handler: null, queued: true }));
    expect(county.county?.name).toBe('望江县');
    const before = await snapshotStore(test);
    expect(await stepRaw(test, 'demo-staff-county', 'escalate', county)).toEqual(expect.objectContaining({ ok: false, code: 'TOP_LEVEL' }));
    expect(await snapshotStore(test)).toBe(before);
  });

  it('rejects a duplicate, naming the original; refuses an original from another grid', async () => {
    const original = await file(test);
    const duplicate = await file(test, 'demo-resident-wang', { text: '同一个垃圾桶' });
    const elsewhere = await file(test, 'demo-resident-zhao', { gridId: 'g-taihua-1' });
    expect(
      await stepRaw(test, 'demo-grid-wang', 'reject', duplicate, { kind: 'duplicate', reason: '重复', duplicateOf: elsewhere.id }),
    ).toEqual(expect.objectContaining({ ok: false, code: 'INVALID_INPUT' }));
    const rejected = await step(test, 'demo-grid-wang', 'reject', duplicate, {
      kind: 'duplicate',
      reason: '与前一件是同一个问题',
      duplicateOf: original.id,
    });
    expect(rejected.rejection).toEqual({ kind: 'duplicate', reason: '与前一件是同一个问题', duplicateOf: original.id });
    expect(rejected.timeline.at(-1)?.what).toBe(`与诉求 ${original.code} 重复，并入该诉求办理`);
  });

  it('re-routes when staff change the category, with the new reason in the ledger', async () => {
    const request = await file(test, 'demo-resident-wang', { categoryId: 'other', text: '广场舞音响太吵' });
    expect(request.handler?.name).toBe('汪德华');
    const moved = await step(test, 'demo-staff-hubin', 'recategorize', request, { categoryId: 'mediation' });
    expect(moved).toEqual(
      expect.objectContaining({ state: 'assigned', categoryName: '矛盾调解', routingReason: '按 网格+类别 分派给 周义青（调解员）' }),
    );
    expect(moved.timeline.at(-1)?.what).toMatch(/^类别由“其他”改为“矛盾调解”，重新分派：由第一网格（汪屋组） 周义青（调解员） 办理/);
    expect((await stored(request.id)).openHandlerId).toBe('demo-grid-zhou');
  });
});

describe('routing against the live roster', () => {
  it('gives a new request to the covering grid member with the fewest open requests', async () => {
    // A second mediator joins 第一网格 with nothing open; 周义青 already holds some.
    await test.cloud.store.insertMany('users', [
      {
        _id: 'wx-mediator-2',
        name: '汪小梅',
        phone: '13905561099',
        roles: ['resident', 'gridMember'],
        homeGridId: 'g-hubin-1',
        householdTags: [],
        gridDuties: [{ gridId: 'g-hubin-1', title: '调解员', categoryIds: ['mediation'], firstResponsible: false }],
        nodeDuties: [],
        staffScopeId: null,
        elderMode: false,
        createdAt: new Date(),
      },
    ]);
    const zhouOpen = await test.cloud.store.count('requests', { openHandlerId: 'demo-grid-zhou' });
    expect(zhouOpen).toBeGreaterThan(0);
    const handlers: string[] = [];
    for (let i = 0; i <= zhouOpen; i += 1) {
      const request = await file(test, 'demo-resident-wang', { categoryId: 'mediation', text: `邻里纠纷 ${i}` });
      handlers.push(request.handler!.name);
      if (i === 0)
        expect(request.routingReason).toBe(
          `按 网格+类别 分派给 汪小梅（调解员）（2位负责“矛盾调解”的网格员中，汪小梅手头未办结的诉求最少：0件）`,
        );
    }
    // The newcomer takes them until she holds as many as 周义青, then the tie goes by name.
    expect(handlers.slice(0, zhouOpen)).toEqual(Array(zhouOpen).fill('汪小梅'));
  });

  it('puts a request nobody can take in the township duty queue, alerts its staff, and lets staff take it', async () => {
    await test.cloud.store.insertMany('nodes', [
      { _id: 't-new', level: 'township', name: '新建乡', parentId: 'c-wangjiang', ancestorIds: ['c-wangjiang'], order: 2 },
      { _id: 'v-new', level: 'village', name: '新村', parentId: 't-new', ancestorIds: ['c-wangjiang', 't-new'], order: 1 },
      { _id: 'g-new', level: 'grid', name: '新网格', parentId: 'v-new', ancestorIds: ['c-wangjiang', 't-new', 'v-new'], order: 1 },
    ]);
    await test.cloud.store.insertMany('users', [
      {
        _id: 'wx-staff-new',
        name: '值班员',
        phone: '05565209999',
        roles: ['staff'],
        homeGridId: 'g-new',
        householdTags: [],
        gridDuties: [],
        nodeDuties: [],
        staffScopeId: 't-new',
        elderMode: false,
        createdAt: new Date(),
      },
    ]);
    await allowTaskNotice(test, 'wx-staff-new');
    const since = lastSeq(test);
    const request = await file(test, 'demo-resident-wang', { gridId: 'g-new' });
    expect(request).toEqual(expect.objectContaining({ state: 'submitted', queued: true, handler: null }));
    expect(request.routingReason).toBe('新网格暂无可分派的网格员，新村、新建乡也没有第一责任人，进入新建乡值班队列，已通知乡镇工作人员');
    expect(messagesTo(test, 'wx-staff-new', since).map((m) => m.data.phrase2?.value)).toEqual(['待认领']);
    const inbox = dataOf(await test.call('wx-staff-new', 'requests', 'inbox', { view: 'mine' }));
    expect(inbox.items.map((i) => i.id)).toContain(request.id);
    const taken = await step(test, 'wx-staff-new', 'accept', request);
    expect(taken).toEqual(
      expect.objectContaining({ state: 'accepted', queued: false, handler: expect.objectContaining({ name: '值班员' }) }),
    );
  });
});

describe('inbox', () => {
  it('lists what a grid member holds, overdue first, with a countdown; and their whole area', async () => {
    const overdue = await file(test, 'demo-resident-wang', { categoryId: 'policy', text: '超期的那件' });
    await test.cloud.store.documents.update(
      'requests',
      { _id: overdue.id },
      { $set: { deadline: new Date(Date.now() - 3 * 86_400_000 - 3_600_000) } },
      { multi: false, replace: false, upsert: false },
    );
    const inbox = dataOf(await test.call('demo-grid-wang', 'requests', 'inbox', { view: 'mine' }));
    expect(inbox.items[0].id).toBe(overdue.id);
    expect(inbox.items[0].countdown).toEqual({ overdue: true, days: 4, label: '已超期4天' });
    expect(inbox.items.slice(1).every((i) => !i.countdown?.overdue)).toBe(true);
    expect(inbox.counts.overdue).toBe(1);
    expect(inbox.items.every((i) => i.handler?.name === '汪德华')).toBe(true);
    const area = dataOf(await test.call('demo-grid-zhou', 'requests', 'inbox', { view: 'area' }));
    const grids = new Set(area.items.map((i) => i.place));
    expect([...grids].sort()).toEqual(['湖滨村 第一网格（汪屋组）', '湖滨村 第二网格（郭屋组）']);
    const staff = dataOf(await test.call('demo-staff-taihua', 'requests', 'inbox', { view: 'area' }));
    expect(staff.items.length).toBeGreaterThan(0);
    expect(staff.items.every((i) => i.place.startsWith('太华村'))).toBe(true);
  });
});
