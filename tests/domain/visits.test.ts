import { householdRole, requireSupervisorOf, visitRole } from '../../cloudfunctions/domain/visits/access';
import { assignCadre, caretakersOf, endAssignment, requireEligibleCadre } from '../../cloudfunctions/domain/visits/assignments';
import { applyVisitStep, markCallback, recordCallbackOutcome } from '../../cloudfunctions/domain/visits/callback';
import { dueAtOf, overdueTags } from '../../cloudfunctions/domain/visits/dueDate';
import { applyHouseholdChange, editHousehold, newHousehold, type HouseholdInput } from '../../cloudfunctions/domain/visits/householdRecord';
import { placeKeyRange, placeKeys } from '../../cloudfunctions/domain/visits/placeKeys';
import { householdAfterVisit, newVisit } from '../../cloudfunctions/domain/visits/recordVisit';
import { remindCaretakers } from '../../cloudfunctions/domain/visits/reminders';
import { cadreLevelOf, quotaProgress, visitDaysOf } from '../../cloudfunctions/domain/visits/visitDays';
import { changeVisitRules, defaultVisitRules, readVisitRules } from '../../cloudfunctions/domain/visits/VisitRules';
import { demoUsers } from '../../localcloud/seed/demoUsers';

const person = (id: string) => demoUsers.find((u) => u._id === id)!;
const chain = ['c-wangjiang', 't-liangquan', 'v-hubin', 'g-hubin-1'];
const rules = defaultVisitRules('c-wangjiang');
/** 2026-03-02 08:00 in China. */
const t0 = new Date('2026-03-02T08:00:00+08:00');
const days = (n: number) => new Date(t0.getTime() + n * 24 * 3_600_000);

function input(overrides: Partial<HouseholdInput> = {}): HouseholdInput {
  return {
    gridId: 'g-hubin-1',
    group: '汪屋组',
    address: '12号',
    members: [{ name: '汪桂花', relation: 'head', ageBand: 'age80plus', phone: '', phoneVerified: false, userId: null }],
    tags: ['leftBehindElderly'],
    needs: '',
    ...overrides,
  };
}

function household(overrides: Partial<HouseholdInput> = {}) {
  return newHousehold({
    id: 'h1',
    input: input(overrides),
    placeIds: chain,
    by: person('demo-grid-wang'),
    now: t0,
    opId: 'op-record-1',
    rules,
  });
}

function visitOf(h = household(), at = days(1), cadre = 'demo-grid-wang') {
  return newVisit({
    id: 'v1',
    clientKey: 'key-00000001',
    cadre: person(cadre),
    cadreLevel: 'village',
    households: [h],
    at,
    kind: 'visit',
    seen: '身体还好',
    said: '',
    help: '',
    photos: [],
    location: null,
    problems: [],
    now: at,
  });
}

describe('visit days', () => {
  it('counts a day once however many visits it holds, and only the days of the year asked', () => {
    const counted = visitDaysOf(['2026-03-02', '2026-03-02', '2026-03-05', '2025-12-31'], 2026);
    expect(counted).toEqual(['2026-03-02', '2026-03-05']);
  });

  it('dates a visit by the China day: 23:30 UTC is already the next day in China', () => {
    const late = visitOf(household(), new Date('2026-03-02T23:30:00Z'));
    expect(late.day).toBe('2026-03-03');
  });

  it("measures progress against the level's quota and a steady pace through the year", () => {
    const mid = new Date('2026-07-02T12:00:00+08:00');
    const ten = Array.from({ length: 10 }, (_, i) => `2026-01-${String(i + 10).padStart(2, '0')}`);
    expect(quotaProgress(ten, 'county', rules, 2026, mid)).toMatchObject({ days: 10, quota: 10, done: true, onTrack: true });
    const village = quotaProgress(ten, 'village', rules, 2026, mid);
    expect(village).toMatchObject({ days: 10, quota: 50, done: false, onTrack: false });
    expect(village.expectedByNow).toBe(Math.floor((50 * 183) / 365));
    expect(quotaProgress([], 'township', rules, 2025, mid)).toMatchObject({ expectedByNow: 30, onTrack: false });
  });

  it('takes the quota level from the staff place, grid members as village cadres', () => {
    expect(cadreLevelOf(person('demo-staff-county'), 'county')).toBe('county');
    expect(cadreLevelOf(person('demo-staff-township'), 'township')).toBe('township');
    expect(cadreLevelOf(person('demo-staff-hubin'), 'village')).toBe('village');
    expect(cadreLevelOf(person('demo-grid-wang'), null)).toBe('village');
    expect(cadreLevelOf(person('demo-resident-wang'), null)).toBeNull();
  });
});

describe('who needs a visit', () => {
  it("is due the earliest of its tags' periods after the last visit, from the day it was recorded if never visited", () => {
    const both = household({ tags: ['leftBehindElderly', 'subsistence'] });
    expect(dueAtOf(both, rules)).toEqual(new Date('2026-04-01T00:00:00+08:00'));
    const visited = { ...both, lastVisitAt: new Date('2026-03-20T22:00:00+08:00') };
    expect(dueAtOf(visited, rules)).toEqual(new Date('2026-04-19T00:00:00+08:00'));
    expect(overdueTags(visited, rules, new Date('2026-04-20T09:00:00+08:00'))).toEqual(['leftBehindElderly']);
    expect(overdueTags(visited, rules, new Date('2026-05-20T09:00:00+08:00'))).toEqual(['leftBehindElderly', 'subsistence']);
  });

  it('has no due date without a tag with a rule; a retired tag no longer counts', () => {
    expect(dueAtOf(household({ tags: [] }), rules)).toBeNull();
    const retired = { ...rules, tags: rules.tags.map((t) => (t.id === 'leftBehindElderly' ? { ...t, active: false } : t)) };
    expect(dueAtOf(household(), retired)).toBeNull();
  });

  it('moves on with a visit, but not for a visit older than the last one (entries sent late)', () => {
    const h = household();
    const after = householdAfterVisit(h, visitOf(h, days(10)), rules)!;
    expect(after.lastVisitAt).toEqual(days(10));
    expect(after.due!.township).toBe(`t-liangquan|${new Date('2026-04-11T00:00:00+08:00').toISOString()}`);
    expect(householdAfterVisit({ ...h, ...after }, visitOf(h, days(5)), rules)).toBeNull();
  });

  it("keys each level so that one place's due households are one sorted range", () => {
    const keys = placeKeys(chain, days(3));
    const range = placeKeyRange('v-hubin', days(4));
    expect(keys.village >= range.from && keys.village <= range.to).toBe(true);
    expect(placeKeys(chain, days(5)).village > range.to).toBe(true);
    expect(keys.grid.startsWith('g-hubin-1|')).toBe(true);
    expect(placeKeyRange('v-hubin').to > placeKeys(chain, new Date('2099-12-31')).village).toBe(true);
  });
});

describe('households', () => {
  it('needs exactly one head, known active tags and each account linked once', () => {
    const head = input().members[0];
    expect(() => household({ members: [] })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => household({ members: [head, { ...head, name: '汪二' }] })).toThrow(
      expect.objectContaining({ message: '一户只能有一位户主' }),
    );
    expect(() => household({ tags: ['nope'] })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    const linked = { ...head, userId: 'u1' };
    expect(() => household({ members: [linked, { ...linked, relation: 'child', name: '汪二' }] })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
  });

  it('keeps what an edit replaced in the log and recomputes the due date', () => {
    const h = household();
    const change = editHousehold(h, input({ tags: ['subsistence'], needs: '需要低保年审' }), {
      by: person('demo-grid-wang'),
      now: days(2),
      opId: 'op-edit-1',
      rules,
      placeIds: chain,
    })!;
    const edited = applyHouseholdChange(h, change);
    expect(edited).toMatchObject({ tags: ['subsistence'], needs: '需要低保年审', version: 2 });
    expect(edited.log.at(-1)).toMatchObject({ kind: 'edited', before: { tags: ['leftBehindElderly'], needs: '' }, opId: 'op-edit-1' });
    expect(edited.dueAt).toEqual(new Date('2026-05-01T00:00:00+08:00'));
    expect(
      editHousehold(edited, input({ tags: ['subsistence'], needs: '需要低保年审' }), {
        by: person('demo-grid-wang'),
        now: days(3),
        opId: 'op-edit-2',
        rules,
        placeIds: chain,
      }),
    ).toBeNull();
  });
});

describe('包保 and 结对', () => {
  const staff = person('demo-staff-hubin');
  it('appends every start and end: a reassignment keeps who looked after it before', () => {
    let h = household();
    h = applyHouseholdChange(
      h,
      assignCadre(h, { kind: 'household', cadre: person('demo-grid-wang'), since: '2026-03-01', by: staff, now: t0, opId: 'op-a-1' }),
    );
    expect(() =>
      assignCadre(h, { kind: 'household', cadre: person('demo-grid-wang'), since: '2026-03-01', by: staff, now: t0, opId: 'op-a-2' }),
    ).toThrow(expect.objectContaining({ code: 'ALREADY_ASSIGNED' }));
    h = applyHouseholdChange(
      h,
      assignCadre(h, {
        kind: 'household',
        cadre: person('demo-grid-zhou'),
        since: '2026-04-01',
        replaces: 'demo-grid-wang',
        by: staff,
        now: t0,
        opId: 'op-a-3',
      }),
    );
    expect(h.cadres).toEqual([{ id: 'demo-grid-zhou', name: '周义青', since: '2026-04-01' }]);
    expect(h.log.map((e) => e.what)).toEqual([
      '建立民情档案',
      '结对帮扶：汪德华（自2026-03-01起）',
      '结对帮扶调整：汪德华（2026-03-01至2026-03-31）',
      '结对帮扶：周义青（自2026-04-01起）',
    ]);
    h = applyHouseholdChange(
      h,
      endAssignment(h, {
        kind: 'household',
        cadreId: 'demo-grid-zhou',
        until: '2026-06-30',
        reason: '调离',
        by: staff,
        now: t0,
        opId: 'op-a-4',
      }),
    );
    expect(h.cadres).toEqual([]);
    expect(h.log).toHaveLength(5);
    expect(() =>
      endAssignment(h, {
        kind: 'household',
        cadreId: 'demo-grid-zhou',
        until: '2026-06-30',
        reason: '调离',
        by: staff,
        now: t0,
        opId: 'op-a-5',
      }),
    ).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });

  it('refuses dates far from today and an end before the start', () => {
    const h = household();
    expect(() =>
      assignCadre(h, { kind: 'household', cadre: person('demo-grid-wang'), since: '2020-01-01', by: staff, now: t0, opId: 'op-b-1' }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    const paired = applyHouseholdChange(
      h,
      assignCadre(h, { kind: 'household', cadre: person('demo-grid-wang'), since: '2026-03-01', by: staff, now: t0, opId: 'op-b-2' }),
    );
    expect(() =>
      endAssignment(paired, {
        kind: 'household',
        cadreId: 'demo-grid-wang',
        until: '2026-02-01',
        reason: '错',
        by: staff,
        now: t0,
        opId: 'op-b-3',
      }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });

  it('gives a record only to staff over it or grid members of its village', () => {
    expect(() => requireEligibleCadre(person('demo-staff-county'), chain, [])).not.toThrow();
    expect(() => requireEligibleCadre(person('demo-grid-guo'), chain, ['v-hubin'])).not.toThrow();
    expect(() => requireEligibleCadre(person('demo-grid-chen'), chain, ['v-taihua'])).toThrow(
      expect.objectContaining({ code: 'NOT_A_CADRE' }),
    );
    expect(() => requireEligibleCadre(person('demo-staff-taihua'), chain, [])).toThrow(expect.objectContaining({ code: 'NOT_A_CADRE' }));
    expect(() => requireEligibleCadre(person('demo-resident-li'), chain, ['v-hubin'])).toThrow(
      expect.objectContaining({ code: 'NOT_A_CADRE' }),
    );
  });

  it("finds who looks after a household: its own cadres, else the grid's 包保, else the grid's first responsible", () => {
    const members = [
      { id: 'a', name: '甲', firstResponsible: false },
      { id: 'b', name: '乙', firstResponsible: true },
    ];
    expect(caretakersOf({ cadres: [{ id: 'c', name: '丙', since: '2026-01-01' }] }, null, members)).toEqual({
      source: 'paired',
      people: [{ id: 'c', name: '丙' }],
    });
    expect(caretakersOf({ cadres: [] }, { cadres: [{ id: 'd', name: '丁', since: '2026-01-01' }] }, members).source).toBe('beat');
    expect(caretakersOf({ cadres: [] }, null, members)).toEqual({ source: 'grid', people: [{ id: 'b', name: '乙' }] });
  });
});

describe('who may do what', () => {
  const h = { ...household(), cadreIds: ['demo-staff-county'], memberUserIds: ['demo-resident-wang'] };
  it("keepers are the grid's members and staff over it; cadres paired or 包保 look after it; linked residents are members", () => {
    expect(householdRole(person('demo-grid-wang'), h)).toBe('keeper');
    expect(householdRole(person('demo-staff-township'), h)).toBe('keeper');
    expect(householdRole(person('demo-staff-county'), h)).toBe('keeper');
    expect(householdRole(person('demo-grid-guo'), h)).toBeNull();
    expect(householdRole(person('demo-grid-guo'), h, ['g-hubin-1'])).toBe('caretaker');
    expect(householdRole(person('demo-resident-wang'), h)).toBe('member');
    expect(householdRole(person('demo-staff-taihua'), h)).toBeNull();
  });

  it("a supervisor calls back someone else's visit, never their own", () => {
    const v = visitOf(household(), days(1), 'demo-staff-hubin');
    expect(visitRole(person('demo-staff-hubin'), v)).toBe('author');
    expect(() => requireSupervisorOf(visitRole(person('demo-staff-hubin'), v))).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => requireSupervisorOf(visitRole(person('demo-staff-township'), v))).not.toThrow();
    expect(() => requireSupervisorOf(visitRole(person('demo-grid-wang'), v))).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => requireSupervisorOf(visitRole(person('demo-staff-taihua'), v))).toThrow(
      expect.objectContaining({ code: 'OUT_OF_JURISDICTION' }),
    );
  });
});

describe('visits', () => {
  it("are never dated in the future nor more than a year back, and hold one grid's households", () => {
    const h = household();
    expect(() => visitOf(h, new Date(t0.getTime() + 3_600_000 * 2), 'demo-grid-wang')).not.toThrow();
    const at = (when: Date, now: Date) =>
      newVisit({
        id: 'v',
        clientKey: 'key-00000002',
        cadre: person('demo-grid-wang'),
        cadreLevel: 'village',
        households: [h],
        at: when,
        kind: 'visit',
        seen: '好',
        said: '',
        help: '',
        photos: [],
        location: null,
        problems: [],
        now,
      });
    expect(() => at(days(1), t0)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => at(days(-400), t0)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    const twice = (
      households: (typeof h)[],
      problems: Array<{ key: string; householdId: string; categoryId: string; categoryName: string; text: string }>,
    ) =>
      newVisit({
        id: 'v',
        clientKey: 'key-00000004',
        cadre: person('demo-grid-wang'),
        cadreLevel: 'village',
        households,
        at: t0,
        kind: 'visit',
        seen: '好',
        said: '',
        help: '',
        photos: [],
        location: null,
        problems,
        now: t0,
      });
    expect(() => twice([h, h], [])).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    const problem = { key: 'pb-00000001', householdId: 'h1', categoryId: 'proxy', categoryName: '民事代理', text: '换证' };
    expect(() => twice([h], [problem, problem])).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    const other = { ...h, _id: 'h2', gridId: 'g-hubin-2' };
    expect(() =>
      newVisit({
        id: 'v',
        clientKey: 'key-00000003',
        cadre: person('demo-grid-wang'),
        cadreLevel: 'village',
        households: [h, other],
        at: t0,
        kind: 'visit',
        seen: '好',
        said: '',
        help: '',
        photos: [],
        location: null,
        problems: [],
        now: t0,
      }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });

  it('takes one callback, marked with why, then its outcome once', () => {
    const supervisor = person('demo-staff-township');
    let v = visitOf();
    expect(() => recordCallbackOutcome(v, { by: supervisor, verdict: 'confirmed', text: '属实', now: days(2), opId: 'op-c-0' })).toThrow(
      expect.objectContaining({ code: 'CALLBACK_NOT_MARKED' }),
    );
    v = applyVisitStep(v, markCallback(v, { by: supervisor, reason: '抽查', now: days(2), opId: 'op-c-1' }));
    expect(v.callbackOwner).toBe('demo-staff-township');
    expect(() => markCallback(v, { by: supervisor, reason: '再查', now: days(2), opId: 'op-c-2' })).toThrow(
      expect.objectContaining({ code: 'CALLBACK_PENDING' }),
    );
    v = applyVisitStep(
      v,
      recordCallbackOutcome(v, { by: supervisor, verdict: 'partly', text: '送药属实，谈话未核实', now: days(3), opId: 'op-c-3' }),
    );
    expect(v).toMatchObject({ callbackOwner: null, callback: { outcome: { verdict: 'partly' } } });
    expect(v.log.map((e) => e.kind)).toEqual(['recorded', 'callbackMarked', 'callbackDone']);
    expect(() => recordCallbackOutcome(v, { by: supervisor, verdict: 'confirmed', text: '属实', now: days(4), opId: 'op-c-4' })).toThrow(
      expect.objectContaining({ code: 'CALLBACK_DONE' }),
    );
  });
});

describe('reminders', () => {
  it('only for a household that is due, with someone to remind, and once a day', () => {
    const staff = person('demo-staff-hubin');
    const h = household();
    const who = [{ id: 'demo-grid-wang', name: '汪德华' }];
    expect(() => remindCaretakers(h, { by: staff, caretakers: who, now: days(-1), opId: 'op-r-1' })).toThrow(
      expect.objectContaining({ code: 'NOT_DUE' }),
    );
    expect(() => remindCaretakers(h, { by: staff, caretakers: [], now: days(40), opId: 'op-r-2' })).toThrow(
      expect.objectContaining({ code: 'NO_CARETAKER' }),
    );
    const entry = remindCaretakers(h, { by: staff, caretakers: who, now: days(40), opId: 'op-r-3' });
    expect(entry.what).toBe('提醒汪德华上门走访');
    const reminded = { ...h, log: [...h.log, entry] };
    expect(() => remindCaretakers(reminded, { by: staff, caretakers: who, now: days(40.5), opId: 'op-r-4' })).toThrow(
      expect.objectContaining({ code: 'REMINDED_RECENTLY' }),
    );
    expect(() => remindCaretakers(reminded, { by: staff, caretakers: who, now: days(41), opId: 'op-r-5' })).not.toThrow();
  });
});

describe("the county's rules", () => {
  it('renames and retires tags but never drops one; new tags get fresh ids; each change is a new version', () => {
    const tags = rules.tags.map((t) => ({ ...t }));
    const next = changeVisitRules(rules, {
      tags: [...tags, { name: '危房户', active: true, visitEveryDays: 60 }],
      quota: { county: 12, township: 30, village: 50 },
      version: 0,
    });
    expect(next.version).toBe(1);
    expect(next.tags.at(-1)).toEqual({ id: 'custom12', name: '危房户', active: true, visitEveryDays: 60 });
    expect(() => changeVisitRules(next, { tags: tags, quota: next.quota, version: 1 })).toThrow(
      expect.objectContaining({ message: '户类不能删除，只能停用：危房户' }),
    );
    expect(() =>
      changeVisitRules(next, { tags: [...next.tags, { name: '危房户', active: true, visitEveryDays: 1 }], quota: next.quota, version: 1 }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    // Made on the version before: another administrator's save since then is not overwritten.
    expect(() => changeVisitRules(next, { tags: next.tags, quota: next.quota, version: 0 })).toThrow(
      expect.objectContaining({ code: 'CONFLICT' }),
    );
    expect(readVisitRules('c-x', { tags: 'garbage' } as never).tags).toHaveLength(11);
  });
});
