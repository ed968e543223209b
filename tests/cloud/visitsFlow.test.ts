import { ERROR_MESSAGES } from '../../cloudfunctions/domain/shared/errorCodes';
import { chinaDate, chinaYear } from '../../cloudfunctions/domain/shared/chinaTime';
import { DEFAULT_QUOTA, DEFAULT_TAGS } from '../../cloudfunctions/domain/visits/VisitRules';
import { acceptSubscribe } from '../support/subscribeConsent';
import { envelopeCode } from '../support/codes';
import { resetDemoData } from '../support/resetDemoData';
import { snapshotStore } from '../support/snapshotStore';
import { dataOf, startTestCloud, type TestCloud } from '../support/testCloud';

/**
 * 民情走访 through the local runtime and the real SDK: a visit recorded once
 * however often the phone sends it, its day counted once, the household off
 * the "needs a visit" list, a problem found at the door filed as a request
 * routed like any other and linked both ways, 调阅 and 回访, reminders,
 * reassignment history, and the county's rules moving due dates.
 */
let test: TestCloud;
beforeAll(async () => {
  test = await startTestCloud();
});
afterAll(() => test.close());
beforeEach(() => resetDemoData(test));

const YEAR = chinaYear(new Date());
const TODAY = chinaDate(new Date());
const store = (collection: string, query: Record<string, unknown> = {}) =>
  test.cloud.store.find(collection, query) as Array<Record<string, unknown>>;

function visitPayload(key: string, householdId: string, extra: Record<string, unknown> = {}) {
  return {
    clientKey: key,
    householdIds: [householdId],
    at: new Date().toISOString(),
    kind: 'visit' as const,
    seen: '老人身体还好，药按时在吃。',
    said: '说想去镇上换身份证。',
    help: '',
    photos: [],
    problems: [],
    ...extra,
  };
}

const needsVisit = async (staff: string, placeId: string) =>
  dataOf(await test.call(staff, 'visits', 'needsVisit', { placeId })).items.map((item) => item.household.id);

describe('a visit diary entry', () => {
  it('is recorded once however often the phone sends it; its day counts once; the household drops off the needs list', async () => {
    expect(await needsVisit('demo-staff-hubin', 'v-hubin')).toContain('hh-hubin1-2');
    const daysBefore = dataOf(await test.call('demo-grid-wang', 'visits', 'myProgress', { year: YEAR })).progress!.days;

    // The outbox sends the payload it kept: the same request each time.
    const sent = visitPayload('flow-visit-0001', 'hh-hubin1-2');
    const first = dataOf(await test.call('demo-grid-wang', 'visits', 'recordVisit', sent));
    const again = dataOf(await test.call('demo-grid-wang', 'visits', 'recordVisit', sent));
    expect([first.replayed, again.replayed]).toEqual([false, true]);
    expect(again.visit.id).toBe(first.visit.id);
    expect(store('visits', { clientKey: 'flow-visit-0001' })).toHaveLength(1);
    expect(store('households', { _id: 'hh-hubin1-2' })[0]).toMatchObject({ lastVisitId: first.visit.id });
    expect(await needsVisit('demo-staff-hubin', 'v-hubin')).not.toContain('hh-hubin1-2');

    // A second visit the same day, to another household: still one day.
    dataOf(await test.call('demo-grid-wang', 'visits', 'recordVisit', visitPayload('flow-visit-0002', 'hh-hubin1-3')));
    const progress = dataOf(await test.call('demo-grid-wang', 'visits', 'myProgress', { year: YEAR }));
    expect(progress.days.filter((day) => day === TODAY)).toEqual([TODAY]);
    expect(progress.progress!.days).toBe(daysBefore + 1);
  });

  it('sent late from the phone counts for the day it happened and does not move the household back', async () => {
    const today = dataOf(await test.call('demo-grid-wang', 'visits', 'recordVisit', visitPayload('flow-late-0001', 'hh-hubin1-2')));
    const threeDaysAgo = new Date(Date.now() - 3 * 24 * 3_600_000);
    const late = dataOf(
      await test.call(
        'demo-grid-wang',
        'visits',
        'recordVisit',
        visitPayload('flow-late-0002', 'hh-hubin1-2', { at: threeDaysAgo.toISOString() }),
      ),
    );
    expect(late.visit.day).toBe(chinaDate(threeDaysAgo));
    expect(store('households', { _id: 'hh-hubin1-2' })[0]).toMatchObject({ lastVisitId: today.visit.id });
    const progress = dataOf(await test.call('demo-grid-wang', 'visits', 'myProgress', { year: chinaYear(threeDaysAgo) }));
    expect(progress.days).toContain(chinaDate(threeDaysAgo));
  });

  it('refuses a visit dated in the future, writing nothing', async () => {
    const before = await snapshotStore(test);
    const future = new Date(Date.now() + 2 * 3_600_000).toISOString();
    const refused = await test.call(
      'demo-grid-wang',
      'visits',
      'recordVisit',
      visitPayload('flow-future-01', 'hh-hubin1-2', { at: future }),
    );
    expect(refused).toMatchObject({ ok: false, code: 'INVALID_INPUT', fields: [{ path: 'at' }] });
    expect(await snapshotStore(test)).toBe(before);
  });
});

describe('工作台 panel', () => {
  it("counts who needs a visit in the staff member's place, names the most overdue with their cadres, and drops a household once visited", async () => {
    const dueIn = (placeId: string) =>
      store('households').filter(
        (h) => (h.placeIds as string[]).includes(placeId) && h.dueAt !== null && new Date(h.dueAt as string).getTime() <= Date.now(),
      );
    const panel = dataOf(await test.call('demo-staff-township', 'visits', 'needsVisitPanel', {}));
    expect(panel.place.id).toBe('t-liangquan');
    expect(dueIn('t-liangquan').length).toBeGreaterThan(3);
    expect(panel.total).toBe(dueIn('t-liangquan').length);
    // The first of the whole list, in its order, each with who looks after it.
    const list = dataOf(await test.call('demo-staff-township', 'visits', 'needsVisit', { placeId: 't-liangquan' }));
    expect(panel.items.map((item) => item.household.id)).toEqual(list.items.slice(0, 3).map((item) => item.household.id));
    expect(panel.items.every((item) => item.caretakers.names.length > 0)).toBe(true);

    const village = dataOf(await test.call('demo-staff-hubin', 'visits', 'needsVisitPanel', {}));
    expect([village.place.id, village.total]).toEqual(['v-hubin', dueIn('v-hubin').length]);
    dataOf(await test.call('demo-grid-wang', 'visits', 'recordVisit', visitPayload('flow-panel-0001', 'hh-hubin1-2')));
    expect(dataOf(await test.call('demo-staff-hubin', 'visits', 'needsVisitPanel', {})).total).toBe(village.total - 1);
  });
});

describe('a problem found at the door', () => {
  const problem = {
    key: 'flow-problem-0001',
    householdId: 'hh-hubin1-2',
    categoryId: 'proxy',
    text: '汪桂花身份证过期，腿脚不便，请上门办理换证。',
  };

  it('becomes a 代办 request routed like any other, and the visit and the request name each other', async () => {
    // The outbox sends the payload it kept, the same each time.
    const sentWithProblem = visitPayload('flow-visit-0101', 'hh-hubin1-2', { problems: [problem] });
    const recorded = dataOf(await test.call('demo-grid-wang', 'visits', 'recordVisit', sentWithProblem));
    const [filed] = recorded.visit.problems;
    expect(filed).toMatchObject({
      key: problem.key,
      categoryName: '民事代理',
      error: null,
      requestId: expect.any(String),
      requestCode: expect.stringMatching(/^QS/),
    });
    const [request] = store('requests', { _id: filed.requestId });
    expect(request).toMatchObject({
      sourceVisitId: recorded.visit.id,
      proxy: true,
      gridId: 'g-hubin-1',
      categoryId: 'proxy',
      // The head has no phone: the request names the member who can be reached.
      residentName: '汪建华',
      residentPhone: '13905569002',
      household: '汪屋组12号 汪桂花户',
      // Filed by the grid member for a household of their own grid: theirs, and accepted at once (代办 without busywork).
      state: 'accepted',
      handler: expect.objectContaining({ id: 'demo-grid-wang' }),
    });
    // Routed as a grid member's own 代办 filing of the same grid and category would be.
    const direct = dataOf(
      await test.call('demo-grid-wang', 'requests', 'fileOnBehalf', {
        clientKey: 'flow-direct-0001',
        gridId: 'g-hubin-1',
        categoryId: 'proxy',
        text: '另一件代办',
        residentName: '汪建华',
        household: '汪屋组12号',
        residentPhone: '13905569002',
      }),
    );
    expect(direct.request.handler).toEqual(
      dataOf(await test.call('demo-grid-wang', 'requests', 'detail', { requestId: filed.requestId! })).handler,
    );
    expect(dataOf(await test.call('demo-grid-wang', 'requests', 'detail', { requestId: filed.requestId! })).sourceVisitId).toBe(
      recorded.visit.id,
    );
    // The phone sends the visit again: still one request.
    dataOf(await test.call('demo-grid-wang', 'visits', 'recordVisit', sentWithProblem));
    expect(store('requests', { sourceVisitId: recorded.visit.id })).toHaveLength(1);
  });

  it('keeps the reason when the household has no phone, and is filed once a phone is added', async () => {
    const made = dataOf(
      await test.call('demo-grid-wang', 'visits', 'saveHousehold', {
        opId: 'flow-household-01',
        gridId: 'g-hubin-1',
        group: '汪屋组',
        address: '30号',
        members: [{ name: '汪老四', relation: 'head', ageBand: 'age80plus' }],
        tags: ['fiveGuarantees'],
        needs: '',
      }),
    );
    const noPhone = { key: 'flow-problem-0002', householdId: made.id, categoryId: 'hardship', text: '屋顶漏雨，需要修缮。' };
    const recorded = dataOf(
      await test.call('demo-grid-wang', 'visits', 'recordVisit', visitPayload('flow-visit-0102', made.id, { problems: [noPhone] })),
    );
    expect(recorded.visit.problems[0]).toMatchObject({ requestId: null, error: ERROR_MESSAGES.HOUSEHOLD_NO_PHONE });
    expect(store('requests', { sourceVisitId: recorded.visit.id })).toHaveLength(0);
    const household = dataOf(await test.call('demo-grid-wang', 'visits', 'household', { householdId: made.id }));
    dataOf(
      await test.call('demo-grid-wang', 'visits', 'saveHousehold', {
        opId: 'flow-household-02',
        householdId: made.id,
        version: household.version,
        gridId: 'g-hubin-1',
        group: '汪屋组',
        address: '30号',
        members: [
          { name: '汪老四', relation: 'head', ageBand: 'age80plus' },
          { name: '汪小四', relation: 'child', phone: '13905569011' },
        ],
        tags: ['fiveGuarantees'],
        needs: '',
      }),
    );
    const retried = dataOf(await test.call('demo-grid-wang', 'visits', 'reportProblem', { visitId: recorded.visit.id, problem: noPhone }));
    expect(retried.problems[0]).toMatchObject({ requestId: expect.any(String), error: null });
    expect(store('requests', { sourceVisitId: recorded.visit.id })).toHaveLength(1);
  });

  it("is reported from the visit's page by its author only; a request cannot claim a visit it did not come from", async () => {
    const reported = dataOf(
      await test.call('demo-grid-wang', 'visits', 'reportProblem', {
        visitId: 'demo-vs-4',
        problem: { key: 'flow-problem-0003', householdId: 'hh-hubin1-1', categoryId: 'infrastructure', text: '王奶奶门口路灯坏了' },
      }),
    );
    expect(reported.problems).toHaveLength(1);
    const before = await snapshotStore(test);
    const forged = {
      gridId: 'g-hubin-1',
      categoryId: 'proxy',
      text: '代办',
      residentName: '汪桂花',
      household: '汪屋组12号',
      residentPhone: '13905569002',
      visitId: 'demo-vs-4',
    };
    expect(envelopeCode(await test.call('demo-grid-wang', 'requests', 'fileOnBehalf', { ...forged, clientKey: 'flow-forged-0001' }))).toBe(
      'INVALID_INPUT',
    );
    expect(envelopeCode(await test.call('demo-grid-zhou', 'requests', 'fileOnBehalf', { ...forged, clientKey: 'flow-problem-0003' }))).toBe(
      'INVALID_INPUT',
    );
    expect(await snapshotStore(test)).toBe(before);
  });
});

describe('supervisors', () => {
  it('read the diaries of their place newest first a page at a time, mark a callback and record its outcome', async () => {
    for (let i = 0; i < 22; i += 1) {
      const at = new Date(Date.now() - (i + 1) * 3_600_000).toISOString();
      dataOf(
        await test.call(
          'demo-grid-wang',
          'visits',
          'recordVisit',
          visitPayload(`flow-page-${String(i).padStart(4, '0')}`, 'hh-hubin1-1', { at }),
        ),
      );
    }
    const first = dataOf(await test.call('demo-staff-hubin', 'visits', 'diary', { view: 'place', placeId: 'v-hubin' }));
    expect(first.items).toHaveLength(20);
    expect(first.next).not.toBeNull();
    const second = dataOf(
      await test.call('demo-staff-hubin', 'visits', 'diary', { view: 'place', placeId: 'v-hubin', before: first.next! }),
    );
    const all = [...first.items, ...second.items];
    expect(new Set(all.map((v) => v.id)).size).toBe(all.length);
    expect(all.map((v) => v.at)).toEqual([...all.map((v) => v.at)].sort().reverse());
    expect(all.length).toBe(store('visits').filter((v) => (v.placeIds as string[]).includes('v-hubin')).length);
    // Nothing of 太华村 in 湖滨村's diary.
    expect(all.every((v) => v.place.startsWith('湖滨村'))).toBe(true);

    const visitId = first.items[0].id;
    dataOf(
      await test.call('demo-staff-township', 'visits', 'markCallback', { opId: 'flow-callback-01', visitId, reason: '抽查留守老人走访' }),
    );
    expect(dataOf(await test.call('demo-staff-township', 'visits', 'diary', { view: 'callbacks' })).items.map((v) => v.id)).toEqual([
      visitId,
    ]);
    const done = dataOf(
      await test.call('demo-staff-hubin', 'visits', 'recordCallback', {
        opId: 'flow-outcome-01',
        visitId,
        verdict: 'partly',
        text: '电话回访，老人说来过',
      }),
    );
    expect(done.callback).toMatchObject({ markedBy: '黄文斌', outcome: { verdict: 'partly', by: '李大毛' } });
    expect(done.log.map((e) => e.what)).toEqual(['记录走访', '标记回访：抽查留守老人走访', '回访结果：部分属实。电话回访，老人说来过']);
    expect(dataOf(await test.call('demo-staff-township', 'visits', 'diary', { view: 'callbacks' })).items).toEqual([]);
    // The author sees the outcome, and may not call back their own visit.
    expect(dataOf(await test.call('demo-grid-wang', 'visits', 'visitDetail', { visitId })).callbackState).toBe('done');
  });

  it("see each cadre's visit days against the quota of their level", async () => {
    dataOf(await test.call('demo-grid-wang', 'visits', 'recordVisit', visitPayload('flow-progress-01', 'hh-hubin1-1')));
    const village = dataOf(await test.call('demo-staff-hubin', 'visits', 'progress', { placeId: 'v-hubin', year: YEAR }));
    const wang = village.cadres.find((c) => c.id === 'demo-grid-wang')!;
    expect(wang).toMatchObject({ title: '网格长 · 第一网格（汪屋组）', progress: { level: 'village', quota: DEFAULT_QUOTA.village } });
    expect(wang.progress.days).toBe(dataOf(await test.call('demo-grid-wang', 'visits', 'myProgress', { year: YEAR })).progress!.days);
    expect(village.cadres.map((c) => c.id)).toEqual(
      expect.arrayContaining(['demo-staff-hubin', 'demo-grid-guo', 'demo-grid-lichun', 'demo-grid-zhou']),
    );
    const township = dataOf(await test.call('demo-staff-township', 'visits', 'progress', { placeId: 't-liangquan', year: YEAR }));
    expect(township.children.map((c) => c.id)).toEqual(['v-hubin', 'v-taihua']);
    expect(township.cadres.find((c) => c.id === 'demo-staff-township')!.progress.quota).toBe(DEFAULT_QUOTA.township);
  });
});

describe('who looks after a household', () => {
  it('keeps every assignment: a reassignment ends the old one the day before, a retried key changes nothing', async () => {
    const payload = {
      opId: 'flow-assign-01',
      kind: 'household' as const,
      targetId: 'hh-hubin1-2',
      cadreId: 'demo-staff-township',
      since: TODAY,
      replaces: 'demo-staff-county',
    };
    const assigned = dataOf(await test.call('demo-staff-township', 'visits', 'assignCadre', payload));
    expect(assigned.cadres.map((c) => c.name)).toEqual(['汪德华', '黄文斌']);
    const again = dataOf(await test.call('demo-staff-township', 'visits', 'assignCadre', payload));
    expect(again.log).toEqual(assigned.log);
    expect(assigned.log.slice(-2).map((e) => e.what)).toEqual([
      expect.stringMatching(/^结对帮扶调整：钱卫东（2026-02-01至/),
      `结对帮扶：黄文斌（自${TODAY}起）`,
    ]);
    expect(dataOf(await test.call('demo-staff-township', 'visits', 'myHouseholds', {})).items.map((h) => h.id)).toContain('hh-hubin1-2');
    expect(dataOf(await test.call('demo-staff-county', 'visits', 'myHouseholds', {})).items.map((h) => h.id)).not.toContain('hh-hubin1-2');
    // A grid member of another village is not a cadre for it.
    expect(
      envelopeCode(
        await test.call('demo-staff-hubin', 'visits', 'assignCadre', {
          ...payload,
          opId: 'flow-assign-02',
          cadreId: 'demo-grid-chen',
          replaces: undefined,
        }),
      ),
    ).toBe('NOT_A_CADRE');
  });

  it('gets reminded by staff: logged on the household once, a subscribe message to each who turned reminders on, not twice a day', async () => {
    // 黄文斌 turned reminders on (民情走访 → 接收走访提醒), with the ids his page was given.
    const { reminderTemplateIds } = dataOf(await test.call('demo-staff-township', 'visits', 'visitOptions', {}));
    await acceptSubscribe(test.cloud.url, 'demo-staff-township', reminderTemplateIds);
    const sent = () => test.cloud.outbox().filter((m) => m.templateId !== null && reminderTemplateIds.includes(m.templateId));
    const reminded = dataOf(
      await test.call('demo-staff-hubin', 'visits', 'remind', { opId: 'flow-remind-01', householdId: 'hh-hubin2-2' }),
    );
    // 郭秀兰户 has no cadre of its own: 第二网格's 包保 cadre is reminded.
    expect(reminded).toMatchObject({ people: ['黄文斌'], notified: 1, replayed: false });
    expect(sent().map((m) => m.touser)).toEqual(['demo-staff-township']);
    expect(
      dataOf(await test.call('demo-staff-hubin', 'visits', 'remind', { opId: 'flow-remind-01', householdId: 'hh-hubin2-2' })).replayed,
    ).toBe(true);
    expect(
      envelopeCode(await test.call('demo-staff-hubin', 'visits', 'remind', { opId: 'flow-remind-02', householdId: 'hh-hubin2-2' })),
    ).toBe('REMINDED_RECENTLY');
    expect(sent()).toHaveLength(1);
    const item = dataOf(await test.call('demo-staff-hubin', 'visits', 'needsVisit', { placeId: 'v-hubin' })).items.find(
      (i) => i.household.id === 'hh-hubin2-2',
    )!;
    expect(item).toMatchObject({ caretakers: { source: 'beat', names: ['黄文斌'] }, lastRemindedAt: reminded.remindedAt });
    expect(
      envelopeCode(await test.call('demo-staff-hubin', 'visits', 'remind', { opId: 'flow-remind-03', householdId: 'hh-taihua2-1' })),
    ).toBe('OUT_OF_JURISDICTION');
  });

  it('tells staff, and notes on the household, when a cadre has not turned reminders on', async () => {
    const reminded = dataOf(
      await test.call('demo-staff-hubin', 'visits', 'remind', { opId: 'flow-remind-11', householdId: 'hh-hubin1-3' }),
    );
    expect(reminded).toMatchObject({ people: ['郭长林'], notified: 0 });
    const household = dataOf(await test.call('demo-staff-hubin', 'visits', 'household', { householdId: 'hh-hubin1-3' }));
    expect(household.log.slice(-2).map((e) => e.what)).toEqual(['提醒郭长林上门走访', '提醒未送达：郭长林没有开启微信提醒，请电话联系']);
  });
});

describe('households', () => {
  it('keep what an edit replaced; of two keepers editing the same version one wins', async () => {
    const current = dataOf(await test.call('demo-grid-wang', 'visits', 'household', { householdId: 'hh-hubin1-3' }));
    const edit = (opId: string, needs: string) => ({
      opId,
      householdId: current.id,
      version: current.version,
      gridId: 'g-hubin-1',
      group: '汪屋组',
      address: '7号',
      members: current.members.map((m) => ({
        name: m.name,
        relation: m.relation,
        ageBand: m.ageBand,
        phone: m.phone,
        phoneVerified: m.phoneVerified,
        userId: m.userId,
      })),
      tags: current.tags,
      needs,
    });
    const saved = dataOf(await test.call('demo-grid-wang', 'visits', 'saveHousehold', edit('flow-edit-0001', '鸭棚已扩建，想学防疫')));
    expect(saved.version).toBe(current.version + 1);
    expect(store('households', { _id: current.id })[0].log).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'edited', before: { needs: '想扩大养鸭规模，需要技术和贷款信息' } })]),
    );
    const lost = await test.call('demo-staff-hubin', 'visits', 'saveHousehold', edit('flow-edit-0002', '别的内容'));
    expect(envelopeCode(lost)).toBe('CONFLICT');
    // The same edit sent again is its own answer.
    expect(
      dataOf(await test.call('demo-grid-wang', 'visits', 'saveHousehold', edit('flow-edit-0001', '鸭棚已扩建，想学防疫'))).version,
    ).toBe(saved.version);
  });

  it("show members' phones in full to their cadres, masked to the resident linked to it, who sees no tags, notes or diaries", async () => {
    const forCadre = dataOf(await test.call('demo-grid-wang', 'visits', 'household', { householdId: 'hh-hubin1-1' }));
    expect(forCadre.members[1]).toMatchObject({ phone: '13905569001', phoneMasked: false, phoneVerified: false });
    const [own] = dataOf(await test.call('demo-resident-wang', 'visits', 'myHousehold', {})).items;
    expect(own.members.map((m) => m.phone)).toEqual(['139****0101', '139****9001']);
    expect(Object.keys(own).sort()).toEqual(['cadres', 'id', 'label', 'lastVisitDay', 'members', 'place']);
    expect(dataOf(await test.call('demo-resident-li', 'visits', 'myHousehold', {})).items.map((h) => h.id)).toEqual(['hh-hubin2-1']);
  });

  it('link a member only to a registered resident of their grid', async () => {
    const base = { opId: 'flow-link-0001', gridId: 'g-hubin-1', group: '汪屋组', address: '40号', tags: [], needs: '' };
    const elsewhere = await test.call('demo-grid-wang', 'visits', 'saveHousehold', {
      ...base,
      members: [{ name: '赵桂兰', relation: 'head', userId: 'demo-resident-zhao' }],
    });
    expect(elsewhere).toMatchObject({ ok: false, code: 'INVALID_INPUT', fields: [{ path: 'members.0.userId' }] });
    const here = dataOf(
      await test.call('demo-grid-wang', 'visits', 'saveHousehold', {
        ...base,
        opId: 'flow-link-0002',
        members: [{ name: '周义青', relation: 'head', userId: 'demo-grid-zhou' }],
      }),
    );
    expect(here.members[0]).toMatchObject({ linked: true, userId: 'demo-grid-zhou' });
  });
});

describe("the county's rules", () => {
  it('are saved only on the version the editor was opened at: a long-open editor does not overwrite another administrator', async () => {
    const opened = dataOf(await test.call('demo-admin', 'visits', 'visitRules', {}));
    const tags = opened.tags.map((t) => ({ ...t }));
    const first = dataOf(
      await test.call('demo-admin', 'visits', 'saveVisitRules', { tags, quota: { ...opened.quota, county: 12 }, version: opened.version }),
    );
    expect(first).toMatchObject({ version: opened.version + 1, quota: { county: 12 } });
    // The long-open editor's save, then one that names no version: refused, nothing written.
    for (const [payload, code] of [
      [{ tags, quota: { ...opened.quota, county: 20 }, version: opened.version }, 'CONFLICT'],
      [{ tags, quota: { ...opened.quota, county: 20 } }, 'INVALID_INPUT'],
    ] as const) {
      const before = await snapshotStore(test);
      const { body } = await test.raw('demo-admin', 'visits', { action: 'saveVisitRules', payload });
      expect(body).toMatchObject({ ok: false, code });
      expect(await snapshotStore(test)).toBe(before);
    }
    const again = dataOf(
      await test.call('demo-admin', 'visits', 'saveVisitRules', { tags, quota: { ...opened.quota, county: 20 }, version: first.version }),
    );
    expect(again).toMatchObject({ version: opened.version + 2, quota: { county: 20 } });
    expect(dataOf(await test.call('demo-admin', 'visits', 'visitRules', {})).version).toBe(opened.version + 2);
  });

  it("move households' due dates when the timer recomputes them under the new periods", async () => {
    expect(await needsVisit('demo-staff-taihua', 'v-taihua')).toContain('hh-taihua1-2');
    const tags = DEFAULT_TAGS.map((t) => (t.id === 'leftBehindElderly' ? { ...t, visitEveryDays: 0 } : { ...t }));
    dataOf(await test.call('demo-admin', 'visits', 'saveVisitRules', { tags, quota: { ...DEFAULT_QUOTA }, version: 0 }));
    const run = await test.cloud.fireTimer('visits', 'refreshDue');
    expect((run.result as { data: { recomputed: number } }).data.recomputed).toBe(store('households').length);
    expect(await needsVisit('demo-staff-taihua', 'v-taihua')).not.toContain('hh-taihua1-2');
    // 汪桂花户 is also 五保户: still due.
    expect(await needsVisit('demo-staff-hubin', 'v-hubin')).toContain('hh-hubin1-2');
    expect(((await test.cloud.fireTimer('visits', 'refreshDue')).result as { data: { recomputed: number } }).data.recomputed).toBe(0);
  });
});
