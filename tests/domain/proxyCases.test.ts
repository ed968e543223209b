import {
  concludeCase,
  handBackCase,
  recordMaterials,
  requireAt,
  sendCase,
  stepAlreadyTaken,
  type ProxyStep,
} from '../../cloudfunctions/domain/proxy/caseSteps';
import { agentFigures, compareAgentFigures, isOnTime, periodRange } from '../../cloudfunctions/domain/proxy/figures';
import { openProxyCase, type OpenCaseInput } from '../../cloudfunctions/domain/proxy/openProxyCase';
import type { ProxyCase } from '../../cloudfunctions/domain/proxy/ProxyCase';
import type { ProxyItem } from '../../cloudfunctions/domain/proxy/ProxyItem';
import { mayViewCase, rateCase } from '../../cloudfunctions/domain/proxy/residentSteps';
import { saveProxyItem, type ProxyItemInput } from '../../cloudfunctions/domain/proxy/saveProxyItem';
import { STANDARD_PROXY_ITEMS } from '../../cloudfunctions/domain/proxy/standardItems';
import { duty, MONDAY, NO_HOLIDAYS, PLACE_IDS, user } from './support/requests';

const admin = user('a-root', { roles: ['staff', 'admin'], staffScopeId: 'c1' });
const rootScope = { parentId: null };
const agent = user('m-head', { name: '汪德华', roles: ['gridMember'], gridDuties: [duty(['other'])] });
const otherAgent = user('m-far', { name: '外网格', roles: ['gridMember'], gridDuties: [duty(['other'], '网格员', false, 'g9')] });
const resident = user('r-wang', { name: '王秀英', phone: '13905560101' });
const ID_CARD: ProxyItemInput = {
  name: '身份证',
  materials: ['户口簿', '照片'],
  departmentId: null,
  officeName: '乡派出所',
  stageDays: { receive: 1, send: 2, conclude: 10, handBack: 2 },
  guide: '核对无误再交还',
  active: true,
  order: 1,
};

const day = (n: number) => new Date(MONDAY.getTime() + n * 86_400_000);

function item(fields: Partial<ProxyItemInput> = {}): ProxyItem {
  return saveProxyItem(admin, rootScope, null, { ...ID_CARD, ...fields }, { department: null, siblings: [], newId: 'item-1', now: MONDAY });
}

function open(fields: Partial<OpenCaseInput> = {}): ProxyCase {
  return openProxyCase(
    {
      id: 'case-1',
      code: 'DB-1',
      clientKey: 'key-00000001',
      now: MONDAY,
      agent,
      item: item(),
      gridId: 'g1',
      placeIds: PLACE_IDS,
      resident: { id: null, name: '王秀英', phone: '13905560101', household: '汪屋组12号' },
      checked: [],
      photos: [],
      uploads: 'proxy/agent/',
      ...fields,
    },
    NO_HOLIDAYS,
  );
}

const step = (c: ProxyCase, opId: string, now: Date, actor = agent): ProxyStep => ({
  actor: { id: actor._id, name: actor.name, roles: actor.roles, gridDuties: actor.gridDuties, staffScopeId: actor.staffScopeId },
  now,
  opId,
  version: c.version,
  uploads: actor === agent ? 'proxy/agent/' : 'proxy/other/',
});

/** A case taken through all four stages, each on the given day offset from Monday. */
function returned(days = { receive: 0, send: 1, conclude: 3, handBack: 4 }): ProxyCase {
  let c = open();
  c = recordMaterials(
    c,
    { checked: ['户口簿', '照片'], photos: ['cloud://env/proxy/agent/a.jpg'] },
    step(c, 'op-receive', day(days.receive)),
    NO_HOLIDAYS,
  );
  c = sendCase(c, { office: c.item.office, sentOn: '2026-11-24', note: '' }, step(c, 'op-send', day(days.send)), NO_HOLIDAYS);
  c = concludeCase(c, { outcome: 'approved', reason: '' }, step(c, 'op-conclude', day(days.conclude)), NO_HOLIDAYS);
  const signature = { items: '新身份证1张', signer: 'resident' as const, witnessName: null, signature: 'cloud://env/proxy/agent/sign.png' };
  return handBackCase(c, signature, step(c, 'op-back', day(days.handBack)), NO_HOLIDAYS);
}

describe('the catalogue of proxy items', () => {
  it('is edited by the administrator of the whole deployment only, each edit kept', () => {
    const first = item();
    const edited = saveProxyItem(
      admin,
      rootScope,
      first,
      { ...ID_CARD, materials: ['户口簿'], active: false, expectedVersion: 1 },
      {
        department: null,
        siblings: [first],
        newId: 'unused',
        now: day(1),
      },
    );
    expect(edited.version).toBe(2);
    expect(edited.history.map((edit) => edit.what)).toEqual(['新建代办事项“身份证”', '调整了材料清单，停用']);
    const townshipAdmin = user('a-t', { roles: ['staff', 'admin'], staffScopeId: 't1' });
    expect(() =>
      saveProxyItem(townshipAdmin, { parentId: 'c1' }, null, ID_CARD, { department: null, siblings: [], newId: 'x', now: MONDAY }),
    ).toThrow(expect.objectContaining({ code: 'OUT_OF_JURISDICTION' }));
    expect(() => saveProxyItem(agent, rootScope, null, ID_CARD, { department: null, siblings: [], newId: 'x', now: MONDAY })).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
  });

  it('edits only the version the administrator saw: another administrator saved meanwhile is a CONFLICT', () => {
    const first = item();
    const known = { department: null, siblings: [first], newId: 'unused', now: day(1) };
    const second = saveProxyItem(admin, rootScope, first, { ...ID_CARD, guide: '甲的修改', expectedVersion: 1 }, known);
    expect(second.version).toBe(2);
    expect(() => saveProxyItem(admin, rootScope, second, { ...ID_CARD, guide: '乙的修改', expectedVersion: 1 }, known)).toThrow(
      expect.objectContaining({ code: 'CONFLICT', message: expect.stringContaining('另一位管理员') }),
    );
    expect(() => saveProxyItem(admin, rootScope, second, { ...ID_CARD }, known)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
  });

  it('takes a department as the office only when it exists and is active, and refuses duplicates', () => {
    const known = { siblings: [], newId: 'x', now: MONDAY };
    const withDept = { ...ID_CARD, departmentId: 'dep-1', officeName: null };
    expect(
      saveProxyItem(admin, rootScope, null, withDept, { ...known, department: { _id: 'dep-1', name: '县公安局', active: true } }).office,
    ).toEqual({
      departmentId: 'dep-1',
      name: '县公安局',
    });
    expect(() =>
      saveProxyItem(admin, rootScope, null, withDept, { ...known, department: { _id: 'dep-1', name: '县公安局', active: false } }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', fields: [expect.objectContaining({ path: 'departmentId' })] }));
    expect(() => saveProxyItem(admin, rootScope, null, { ...ID_CARD, officeName: null }, { ...known, department: null })).toThrow(
      expect.objectContaining({ fields: [expect.objectContaining({ path: 'officeName' })] }),
    );
    expect(() =>
      saveProxyItem(admin, rootScope, null, { ...ID_CARD, materials: ['照片', '照片'] }, { ...known, department: null }),
    ).toThrow(expect.objectContaining({ fields: [expect.objectContaining({ path: 'materials' })] }));
    expect(() =>
      saveProxyItem(admin, rootScope, null, ID_CARD, { ...known, department: null, siblings: [{ _id: 'y', name: '身份证' }] }),
    ).toThrow(expect.objectContaining({ fields: [expect.objectContaining({ path: 'name' })] }));
  });

  it('starts with a realistic set that every rule accepts', () => {
    const names = STANDARD_PROXY_ITEMS.map(
      (input, i) => saveProxyItem(admin, rootScope, null, input, { department: null, siblings: [], newId: `i${i}`, now: MONDAY }).name,
    );
    expect(names.join()).toMatch(/身份证.*养老保险.*医保报销.*低保.*农机/);
  });
});

describe('a 代办 case', () => {
  it("is opened only by an agent of the resident's grid, from an active item, keeping its snapshot", () => {
    const c = open();
    expect(c.stage).toBe('receive');
    expect(c.stages.receive.deadline).toEqual(new Date('2026-11-24T23:59:59.999+08:00'));
    expect(c.item).toMatchObject({ id: 'item-1', version: 1, materials: ['户口簿', '照片'] });
    expect(() => open({ agent: otherAgent })).toThrow(expect.objectContaining({ code: 'OUT_OF_JURISDICTION' }));
    expect(() => open({ agent: user('s-far', { roles: ['staff'], staffScopeId: 't2' }) })).toThrow(
      expect.objectContaining({ code: 'OUT_OF_JURISDICTION' }),
    );
    expect(open({ agent: user('s-town', { roles: ['staff'], staffScopeId: 't1' }) }).agentId).toBe('s-town');
    expect(() => open({ item: item({ active: false }) })).toThrow(expect.objectContaining({ code: 'PROXY_ITEM_RETIRED' }));
  });

  it('ends 收件 when every listed material is checked, across steps, and refuses unlisted ones', () => {
    const partly = open({ checked: ['户口簿'] });
    expect(partly.stage).toBe('receive');
    expect(partly.timeline.at(-1)?.what).toBe('核对材料：户口簿（还缺：照片）');
    expect(() => recordMaterials(partly, { checked: ['结婚证'], photos: [] }, step(partly, 'op-x', MONDAY), NO_HOLIDAYS)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
    const done = recordMaterials(
      partly,
      { checked: ['照片'], photos: ['cloud://env/proxy/agent/p.jpg'] },
      step(partly, 'op-2', day(1)),
      NO_HOLIDAYS,
    );
    expect(done.stage).toBe('send');
    expect(done.materialsChecked).toEqual(['户口簿', '照片']);
    expect(done.stages.receive.doneAt).toEqual(day(1));
    // 送办's limit (2 working days) counts from the end of 收件: Tuesday → end of Thursday.
    expect(done.stages.send.deadline).toEqual(new Date('2026-11-26T23:59:59.999+08:00'));
    expect(done.deadline).toEqual(done.stages.send.deadline);
  });

  it('refuses steps out of order, by anyone but its agent, or on a version not seen', () => {
    const c = open();
    expect(() => sendCase(c, { office: c.item.office, sentOn: '2026-11-23', note: '' }, step(c, 'op-s', MONDAY), NO_HOLIDAYS)).toThrow(
      expect.objectContaining({ code: 'CASE_STEP_OUT_OF_ORDER' }),
    );
    expect(() =>
      handBackCase(c, { items: '证', signer: 'resident', witnessName: null, signature: 's' }, step(c, 'o', MONDAY), NO_HOLIDAYS),
    ).toThrow(expect.objectContaining({ code: 'CASE_STEP_OUT_OF_ORDER' }));
    expect(() => requireAt(c, 'send', step(c, 'op', MONDAY))).toThrow(expect.objectContaining({ code: 'CASE_STEP_OUT_OF_ORDER' }));
    expect(() => requireAt(c, 'receive', step(c, 'op', MONDAY, otherAgent))).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => requireAt(c, 'receive', { ...step(c, 'op', MONDAY), version: c.version + 1 })).toThrow(
      expect.objectContaining({ code: 'CONFLICT' }),
    );
    expect(() => requireAt(c, 'receive', step(c, 'op', MONDAY))).not.toThrow();
  });

  it('is no longer its agent’s once they stop serving its grid: moved to another grid, or no longer a grid member', () => {
    const c = open();
    const moved = { ...agent, gridDuties: [duty(['other'], '网格员', false, 'g9')] };
    const roleRemoved = { ...agent, roles: ['resident' as const] };
    for (const former of [moved, roleRemoved]) {
      expect(() => requireAt(c, 'receive', step(c, 'op', MONDAY, former))).toThrow(
        expect.objectContaining({ code: 'NO_LONGER_IN_CHARGE' }),
      );
      expect(() => recordMaterials(c, { checked: ['户口簿'], photos: [] }, step(c, 'op', MONDAY, former), NO_HOLIDAYS)).toThrow(
        expect.objectContaining({ code: 'NO_LONGER_IN_CHARGE' }),
      );
    }
    // Still serving it some other way (staff over the grid) keeps it theirs.
    const nowStaff = { ...agent, roles: ['staff' as const], gridDuties: [], staffScopeId: 't1' };
    expect(() => requireAt(c, 'receive', step(c, 'op', MONDAY, nowStaff))).not.toThrow();
  });

  it('goes through its four stages with each in the timeline, a refusal needing a reason and a witness a name', () => {
    const c = returned();
    expect(c.stage).toBe('done');
    expect(c.deadline).toBeNull();
    expect(c.returnedAt).toEqual(day(4));
    expect(c.timeline.map((entry) => entry.step)).toEqual(['open', 'receive', 'send', 'conclude', 'handBack']);
    expect(c.timeline.at(-1)).toMatchObject({ what: '交还：新身份证1张（王秀英本人签收）', photos: ['cloud://env/proxy/agent/sign.png'] });
    expect(stepAlreadyTaken(c, 'op-send', 'fp-of-a-retry')).toBe(true);
    const sent = returned();
    const atConclude = { ...sent, stage: 'conclude' as const };
    expect(() => concludeCase(atConclude, { outcome: 'rejected', reason: '' }, step(atConclude, 'o', day(2)), NO_HOLIDAYS)).toThrow(
      expect.objectContaining({ fields: [expect.objectContaining({ path: 'reason' })] }),
    );
    const atBack = { ...sent, stage: 'handBack' as const };
    const unsigned = { items: '证件', signer: 'witness' as const, witnessName: null, signature: 'cloud://env/proxy/agent/s.png' };
    expect(() => handBackCase(atBack, unsigned, step(atBack, 'o', day(4)), NO_HOLIDAYS)).toThrow(
      expect.objectContaining({ fields: [expect.objectContaining({ path: 'witnessName' })] }),
    );
  });

  it("refuses a photo or a signature from another person's upload folder, at its field", () => {
    const c = open();
    const foreign = { checked: ['户口簿'], photos: ['cloud://env/proxy/agent/1.jpg', 'cloud://env/proxy/other/id-card.jpg'] };
    expect(() => recordMaterials(c, foreign, step(c, 'op-f', MONDAY), NO_HOLIDAYS)).toThrow(
      expect.objectContaining({ code: 'NOT_YOUR_UPLOAD', fields: [expect.objectContaining({ path: 'photos.1' })] }),
    );
    const climbing = { checked: [], photos: ['cloud://env/proxy/agent/../other/id-card.jpg'] };
    expect(() => recordMaterials(c, climbing, step(c, 'op-f', MONDAY), NO_HOLIDAYS)).toThrow(
      expect.objectContaining({ code: 'NOT_YOUR_UPLOAD' }),
    );
    expect(() => open({ checked: ['户口簿'], photos: ['cloud://env/proxy/other/1.jpg'] })).toThrow(
      expect.objectContaining({ code: 'NOT_YOUR_UPLOAD' }),
    );
    const atBack = { ...returned(), stage: 'handBack' as const, version: 3 };
    const signed = { items: '证件', signer: 'resident' as const, witnessName: null, signature: 'cloud://env/proxy/other/sign.png' };
    expect(() => handBackCase(atBack, signed, step(atBack, 'o', day(4)), NO_HOLIDAYS)).toThrow(
      expect.objectContaining({ fields: [expect.objectContaining({ path: 'signature' })] }),
    );
  });

  it('refuses a 送办 date before opening or after today', () => {
    const c = open({ checked: ['户口簿', '照片'] });
    expect(() => sendCase(c, { office: c.item.office, sentOn: '2026-11-25', note: '' }, step(c, 'o', MONDAY), NO_HOLIDAYS)).toThrow(
      expect.objectContaining({ fields: [expect.objectContaining({ path: 'sentOn' })] }),
    );
    expect(() => sendCase(c, { office: c.item.office, sentOn: '2026-11-22', note: '' }, step(c, 'o', MONDAY), NO_HOLIDAYS)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
  });

  it('is rated once by its resident after it was returned', () => {
    const c = returned();
    expect(() => rateCase(open(), resident, { stars: 5, comment: '', opId: 'r1' }, day(5))).toThrow(
      expect.objectContaining({ code: 'CASE_STEP_OUT_OF_ORDER' }),
    );
    expect(() => rateCase(c, user('r-other', { phone: '13900000000' }), { stars: 5, comment: '', opId: 'r1' }, day(5))).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
    const rated = rateCase(c, resident, { stars: 4, comment: '很方便', opId: 'r1' }, day(5));
    expect(rated.rating).toMatchObject({ stars: 4, comment: '很方便' });
    expect(() => rateCase(rated, resident, { stars: 5, comment: '', opId: 'r2' }, day(5))).toThrow(
      expect.objectContaining({ code: 'ALREADY_RATED' }),
    );
  });

  it('is seen by its agent, its resident (by verified phone) and staff over its grid only', () => {
    const c = open();
    expect(mayViewCase(c, agent)).toBe(true);
    expect(mayViewCase(c, resident)).toBe(true);
    expect(mayViewCase(c, user('s-town', { roles: ['staff'], staffScopeId: 't1' }))).toBe(true);
    expect(mayViewCase(c, user('s-far', { roles: ['staff'], staffScopeId: 't2' }))).toBe(false);
    expect(mayViewCase(c, otherAgent)).toBe(false);
    expect(mayViewCase(c, user('r-nophone', { phone: '' }))).toBe(false);
  });
});

const NOVEMBER = periodRange({ kind: 'month', year: 2026, number: 11 });

describe("the agents' figures", () => {
  it('count a case on time only when every stage met its own limit', () => {
    expect(isOnTime(returned())).toBe(true);
    expect(isOnTime(open())).toBe(false);
    // 收件 took 3 days against a 1-working-day limit: late, although the whole took less than the sum of the limits.
    expect(isOnTime(returned({ receive: 3, send: 3, conclude: 3, handBack: 3 }))).toBe(false);
  });

  it('give per agent the cases handed back, on time, and the ratings with their average', () => {
    const late = returned({ receive: 3, send: 3, conclude: 3, handBack: 3 });
    const rated = (c: ProxyCase, stars: number) => rateCase(c, resident, { stars, comment: '', opId: `r${stars}` }, day(6));
    const other = { ...returned(), agentId: 's-town', agentName: '黄文斌' };
    expect(agentFigures([rated(returned(), 5), rated(late, 4), returned(), open(), other], NOVEMBER)).toEqual([
      { agentId: 'm-head', agentName: '汪德华', gridId: 'g1', received: 4, handled: 3, onTime: 2, ratings: 2, averageStars: 4.5 },
      { agentId: 's-town', agentName: '黄文斌', gridId: 'g1', received: 1, handled: 1, onTime: 1, ratings: 0, averageStars: null },
    ]);
  });

  it('count a case as received in the period it was opened in and as handled in the one it was handed back in', () => {
    // Opened on 30 November (China time), handed back on 2 December.
    const spanning = { ...returned(), createdAt: new Date('2026-11-30T23:30:00+08:00'), returnedAt: new Date('2026-12-02T09:00:00+08:00') };
    // Opened and handed back in October: counts in neither.
    const october = {
      ...returned(),
      _id: 'case-oct',
      createdAt: new Date('2026-10-10T09:00:00+08:00'),
      returnedAt: new Date('2026-10-20T09:00:00+08:00'),
    };
    // Handed back at China midnight starting December: December's, not November's.
    const midnight = { ...returned(), _id: 'case-mid', returnedAt: new Date('2026-12-01T00:00:00+08:00') };
    expect(agentFigures([spanning, october, midnight], NOVEMBER)).toEqual([
      expect.objectContaining({ agentId: 'm-head', received: 2, handled: 0, onTime: 0, ratings: 0, averageStars: null }),
    ]);
    expect(agentFigures([spanning, october, midnight], periodRange({ kind: 'month', year: 2026, number: 12 }))).toEqual([
      expect.objectContaining({ agentId: 'm-head', received: 0, handled: 2 }),
    ]);
    expect(agentFigures([october], NOVEMBER)).toEqual([]);
  });

  it("name the grid most of an agent's cases lie in as where the agent works", () => {
    const inGrid = (gridId: string, id: string) => ({ ...returned(), _id: id, gridId });
    const [row] = agentFigures([inGrid('g1', 'a'), inGrid('g2', 'b'), inGrid('g2', 'c')], NOVEMBER);
    expect(row.gridId).toBe('g2');
  });

  it('order agents for an allowance: handed back, then on time, then rated better (unrated last), then received, then name', () => {
    const row = (agentName: string, fields: { handled: number; onTime: number; averageStars: number | null; received: number }) => ({
      agentId: agentName,
      agentName,
      gridId: 'g1',
      ratings: fields.averageStars === null ? 0 : 1,
      ...fields,
    });
    const rows = [
      row('甲', { handled: 3, onTime: 2, averageStars: null, received: 9 }),
      row('乙', { handled: 3, onTime: 2, averageStars: 4.0, received: 1 }),
      row('丙', { handled: 3, onTime: 3, averageStars: 2.0, received: 1 }),
      row('丁', { handled: 4, onTime: 0, averageStars: null, received: 4 }),
      row('戊', { handled: 0, onTime: 0, averageStars: null, received: 5 }),
      row('己', { handled: 0, onTime: 0, averageStars: null, received: 6 }),
    ];
    expect(rows.sort(compareAgentFigures).map((r) => r.agentName)).toEqual(['丁', '丙', '乙', '甲', '己', '戊']);
  });

  it('span a China month or quarter', () => {
    expect(periodRange({ kind: 'month', year: 2026, number: 12 })).toEqual({
      from: new Date('2026-12-01T00:00:00+08:00'),
      to: new Date('2027-01-01T00:00:00+08:00'),
    });
    expect(periodRange({ kind: 'quarter', year: 2026, number: 2 })).toEqual({
      from: new Date('2026-04-01T00:00:00+08:00'),
      to: new Date('2026-07-01T00:00:00+08:00'),
    });
    expect(() => periodRange({ kind: 'quarter', year: 2026, number: 5 })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});
