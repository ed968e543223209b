import { blankPerson } from '../../cloudfunctions/domain/people/blankPerson';
import { mergeRosterPerson } from '../../cloudfunctions/domain/people/mergeRosterPerson';
import { phoneLinkPlan } from '../../cloudfunctions/domain/people/phoneLinkPlan';
import { isRosterPersonId, rosterPersonId } from '../../cloudfunctions/domain/people/rosterPersonId';
import type { User } from '../../cloudfunctions/domain/people/User';
import { DomainError } from '../../cloudfunctions/domain/shared/DomainError';

const NOW = new Date('2026-11-23T02:00:00Z');
const IMPORTED_AT = new Date('2026-03-01T02:00:00Z');
const PHONE = '13800000021';

/** 汪大海 as the township's roster put him: grid member of 第一网格, 环境卫生. */
const imported: User = {
  ...blankPerson(rosterPersonId(PHONE), IMPORTED_AT),
  name: '汪大海',
  phone: PHONE,
  roles: ['gridMember'],
  homeGridId: 'g-hubin-1',
  householdTags: ['migrantWorker'],
  gridDuties: [{ gridId: 'g-hubin-1', title: '卫生员', categoryIds: ['environment'], firstResponsible: false }],
};

/** The WeChat account he registered with before anyone told him to bind his phone. */
const account: User = {
  ...blankPerson('wx-wang-dahai', NOW),
  roles: ['resident'],
  homeGridId: 'g-hubin-2',
  householdTags: ['leftBehindElderly'],
  elderMode: true,
};

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  return 'ok';
}

describe('rosterPersonId', () => {
  it('keys imported people by phone and tells them from WeChat accounts', () => {
    expect(rosterPersonId(PHONE)).toBe('roster-13800000021');
    expect(isRosterPersonId(rosterPersonId(PHONE))).toBe(true);
    expect(isRosterPersonId('oAbCdEf123')).toBe(false);
  });
});

describe('mergeRosterPerson', () => {
  it('takes name, duties and roles from the roster, keeps what the person chose, and removes nothing', () => {
    const merged = mergeRosterPerson(account, imported, PHONE);
    expect(merged).toEqual({
      _id: 'wx-wang-dahai',
      name: '汪大海',
      phone: PHONE,
      contactPhone: null,
      rosterName: '汪大海',
      roles: ['resident', 'gridMember'],
      homeGridId: 'g-hubin-2',
      householdTags: ['leftBehindElderly', 'migrantWorker'],
      gridDuties: imported.gridDuties,
      nodeDuties: [],
      staffScopeId: null,
      elderMode: true,
      createdAt: IMPORTED_AT,
      version: 1,
    });
  });

  it('moves the version past both records, so a screen that showed either one saves on a stale version', () => {
    expect(mergeRosterPerson({ ...account, version: 4 }, { ...imported, version: 2 }, PHONE).version).toBe(5);
    expect(mergeRosterPerson({ ...account, version: 1 }, { ...imported, version: 6 }, PHONE).version).toBe(7);
  });

  it("keeps a duty the account had in another grid, and the roster's duty where both have one", () => {
    const withDuties: User = {
      ...account,
      roles: ['resident', 'gridMember'],
      gridDuties: [
        { gridId: 'g-hubin-1', title: '网格员', categoryIds: ['security'], firstResponsible: true },
        { gridId: 'g-hubin-3', title: '网格员', categoryIds: ['other'], firstResponsible: false },
      ],
    };
    const merged = mergeRosterPerson(withDuties, { ...imported, staffScopeId: 'v-hubin', roles: ['gridMember', 'staff'] }, PHONE);
    expect(merged.gridDuties.map((duty) => [duty.gridId, duty.title])).toEqual([
      ['g-hubin-1', '卫生员'],
      ['g-hubin-3', '网格员'],
    ]);
    expect(merged.roles).toEqual(['resident', 'gridMember', 'staff']);
    expect(merged.staffScopeId).toBe('v-hubin');
  });
});

describe('phoneLinkPlan', () => {
  it('lets a registered account take over the person imported with the phone', () => {
    const plan = phoneLinkPlan('wx-wang-dahai', account, PHONE, [imported], NOW);
    expect(plan.imported).toBe(imported);
    expect(plan.after).toMatchObject({ _id: 'wx-wang-dahai', name: '汪大海', roles: ['resident', 'gridMember'] });
  });

  it("makes a first-time visitor the imported person, a resident of the roster's grid", () => {
    const plan = phoneLinkPlan('wx-new', null, PHONE, [imported], NOW);
    expect(plan.after).toMatchObject({
      _id: 'wx-new',
      name: '汪大海',
      phone: PHONE,
      roles: ['resident', 'gridMember'],
      homeGridId: 'g-hubin-1',
      createdAt: IMPORTED_AT,
    });
  });

  it('only records the phone of an account nobody imported, and changes nothing when it is already theirs', () => {
    expect(phoneLinkPlan('wx-wang-dahai', account, PHONE, [], NOW)).toEqual({
      after: { ...account, phone: PHONE, version: 1 },
      imported: null,
    });
    expect(phoneLinkPlan('wx-wang-dahai', { ...account, version: 3 }, PHONE, [], NOW).after.version).toBe(4);
    const linked = { ...account, phone: PHONE, version: 1 };
    expect(phoneLinkPlan('wx-wang-dahai', linked, PHONE, [linked], NOW)).toEqual({ after: linked, imported: null });
  });

  it('refuses a phone another WeChat account holds, and a visitor nobody imported', () => {
    const other = { ...account, _id: 'wx-someone-else', phone: PHONE };
    expect(refusal(() => phoneLinkPlan('wx-wang-dahai', account, PHONE, [other, imported], NOW))).toBe('PHONE_TAKEN');
    expect(refusal(() => phoneLinkPlan('wx-new', null, PHONE, [], NOW))).toBe('NOT_ON_ROSTER');
  });
});
