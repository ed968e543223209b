import { staffScopeChange } from '../../cloudfunctions/domain/admin/staffScopeChange';
import { administratorsAreStaff } from '../../cloudfunctions/domain/people/administratorsAreStaff';
import { AUDIENCES, isIn } from '../../cloudfunctions/domain/people/audiences';
import type { Role } from '../../cloudfunctions/domain/people/vocabulary';
import { childPlace, requireFreeName } from '../../cloudfunctions/domain/admin/childPlace';
import { requireAdminOver, requireRootAdmin } from '../../cloudfunctions/domain/admin/requireAdminOver';
import { gridDutyChange } from '../../cloudfunctions/domain/admin/gridDutyChange';
import { workCalendarOf } from '../../cloudfunctions/domain/admin/workCalendarOf';
import type { JurisdictionNode } from '../../cloudfunctions/domain/jurisdiction/JurisdictionNode';
import { duty, user } from './support/requests';
import { thrownCode } from '../support/codes';

const codeOf = thrownCode;

const village: JurisdictionNode = { _id: 'v1', level: 'village', name: '湖滨村', parentId: 't1', ancestorIds: ['c1', 't1'], order: 1 };
const grid: JurisdictionNode = { _id: 'g1', level: 'grid', name: '第一网格', parentId: 'v1', ancestorIds: ['c1', 't1', 'v1'], order: 1 };

describe('adding a place', () => {
  it('puts it one level down, under its parent, after its siblings', () => {
    const added = childPlace(village, [grid, { ...grid, _id: 'g2', name: '第二网格', order: 4 }], '第三网格', 'n1');
    expect(added).toEqual({ _id: 'n1', level: 'grid', name: '第三网格', parentId: 'v1', ancestorIds: ['c1', 't1', 'v1'], order: 5 });
  });
  it('refuses a place under a grid and a name a sibling has', () => {
    expect(codeOf(() => childPlace(grid, [], '小组', 'n1'))).toBe('PLACE_TOO_DEEP');
    expect(codeOf(() => childPlace(village, [grid], '第一网格', 'n1'))).toBe('PLACE_NAME_TAKEN');
  });
  it('lets a place keep its own name when renamed', () => {
    expect(codeOf(() => requireFreeName([grid], '第一网格', 'g1'))).toBe('no error');
    expect(codeOf(() => requireFreeName([grid], '第一网格', 'g2'))).toBe('PLACE_NAME_TAKEN');
  });
});

describe('who administers what', () => {
  const admin = (scope: string) => user('a', { roles: ['staff', 'admin'], staffScopeId: scope });
  it('lets an administrator manage places within their jurisdiction only', () => {
    expect(codeOf(() => requireAdminOver(admin('t1'), village))).toBe('no error');
    expect(codeOf(() => requireAdminOver(admin('v2'), village))).toBe('OUT_OF_JURISDICTION');
    expect(codeOf(() => requireAdminOver(admin('t1'), null))).toBe('OUT_OF_JURISDICTION');
    expect(codeOf(() => requireAdminOver(user('s', { roles: ['staff'], staffScopeId: 'c1' }), village))).toBe('FORBIDDEN');
  });
  it('keeps deployment-wide settings for the administrator of the root', () => {
    expect(codeOf(() => requireRootAdmin(admin('c1'), { parentId: null }))).toBe('no error');
    expect(codeOf(() => requireRootAdmin(admin('t1'), { parentId: 'c1' }))).toBe('OUT_OF_JURISDICTION');
    expect(codeOf(() => requireRootAdmin(user('s', { roles: ['staff'] }), { parentId: null }))).toBe('FORBIDDEN');
  });
});

describe('work calendar', () => {
  it('sorts and de-duplicates, and refuses a day both off and on', () => {
    expect(workCalendarOf(['2027-01-02', '2027-01-01', '2027-01-02'], ['2027-02-07'])).toEqual({
      holidays: ['2027-01-01', '2027-01-02'],
      workdays: ['2027-02-07'],
    });
    expect(codeOf(() => workCalendarOf(['2027-02-07'], ['2027-02-07']))).toBe('INVALID_INPUT');
  });
});

describe('staff and their scopes', () => {
  const admin = user('a', { roles: ['staff', 'admin'], staffScopeId: 't1' });
  const township: JurisdictionNode = { _id: 't1', level: 'township', name: '凉泉乡', parentId: 'c1', ancestorIds: ['c1'], order: 1 };
  const otherVillage: JurisdictionNode = { ...village, _id: 'v9', parentId: 't9', ancestorIds: ['c1', 't9'] };
  it('makes a person staff of a place, and takes the role away with the scope', () => {
    const made = staffScopeChange(admin, user('p', { roles: ['resident', 'gridMember'] }), null, village);
    expect(made).toMatchObject({ staffScopeId: 'v1', roles: ['resident', 'gridMember', 'staff'] });
    expect(staffScopeChange(admin, made, village, null)).toMatchObject({ staffScopeId: null, roles: ['resident', 'gridMember'] });
    expect(staffScopeChange(admin, made, village, township).roles.filter((r) => r === 'staff')).toHaveLength(1);
  });
  it('needs both the place left and the place given within the jurisdiction, and not oneself', () => {
    const outsider = user('p', { roles: ['staff'], staffScopeId: 'v9' });
    expect(codeOf(() => staffScopeChange(admin, outsider, otherVillage, village))).toBe('OUT_OF_JURISDICTION');
    expect(codeOf(() => staffScopeChange(admin, user('p'), null, otherVillage))).toBe('OUT_OF_JURISDICTION');
    expect(codeOf(() => staffScopeChange(admin, admin, township, village))).toBe('FORBIDDEN');
  });
  it('keeps every administrator staff: moving one keeps both roles, ending their scope ends administering too', () => {
    const villageAdmin = user('va', { roles: ['resident', 'staff', 'admin'], staffScopeId: 'v1' });
    expect(staffScopeChange(admin, villageAdmin, village, township)).toMatchObject({
      staffScopeId: 't1',
      roles: ['resident', 'admin', 'staff'],
    });
    expect(staffScopeChange(admin, villageAdmin, village, null)).toMatchObject({ staffScopeId: null, roles: ['resident'] });
  });
});

describe('administrators are staff', () => {
  it('makes an administrator with a scope staff of it, and one without no administrator; leaves everyone else alone', () => {
    expect(administratorsAreStaff({ roles: ['admin'], staffScopeId: 'v1' })).toEqual({ roles: ['admin', 'staff'], staffScopeId: 'v1' });
    expect(administratorsAreStaff({ roles: ['resident', 'admin'], staffScopeId: null })).toEqual({
      roles: ['resident'],
      staffScopeId: null,
    });
    const fine = [
      { roles: ['staff', 'admin'] as Role[], staffScopeId: 'c1' },
      { roles: ['resident'] as Role[], staffScopeId: null },
    ];
    for (const person of fine) expect(administratorsAreStaff(person)).toBe(person);
  });
  it('lets the staff audience include every administrator without naming them', () => {
    expect(AUDIENCES.staff).toEqual(['staff']);
    expect(Object.values(AUDIENCES).filter((roles) => (roles as readonly Role[]).includes('admin'))).toEqual([
      AUDIENCES.everyone,
      AUDIENCES.administrators,
    ]);
    expect(isIn({ roles: ['staff', 'admin'] }, 'staff')).toBe(true);
    expect(isIn({ roles: ['resident'] }, 'cadres')).toBe(false);
  });
});

describe("a grid member's duty", () => {
  const admin = user('a', { roles: ['staff', 'admin'], staffScopeId: 'v1' });
  const member = user('m', { roles: ['resident', 'gridMember'], gridDuties: [duty(['environment'])] });

  it('replaces the duty in the grid, keeps categories known and unique, and ends it with the role when none is left', () => {
    const after = gridDutyChange(admin, member, grid, ['environment', 'security'], {
      title: '网格长',
      categoryIds: ['security', 'security'],
      firstResponsible: true,
    });
    expect(after.gridDuties).toEqual([duty(['security'], '网格长', true)]);
    const ended = gridDutyChange(admin, after, grid, [], null);
    expect(ended).toMatchObject({ gridDuties: [], roles: ['resident'] });
  });

  it('refuses an unknown category, a place that is not a grid, a grid outside the jurisdiction and non-admins', () => {
    const set = { title: '网格员', categoryIds: ['security'], firstResponsible: false };
    expect(codeOf(() => gridDutyChange(admin, member, grid, ['environment'], set))).toBe('INVALID_INPUT');
    expect(codeOf(() => gridDutyChange(admin, member, village, ['security'], set))).toBe('INVALID_INPUT');
    expect(codeOf(() => gridDutyChange({ ...admin, staffScopeId: 'v2' }, member, grid, ['security'], set))).toBe('OUT_OF_JURISDICTION');
    expect(codeOf(() => gridDutyChange({ ...admin, roles: ['staff'] }, member, grid, ['security'], set))).toBe('FORBIDDEN');
  });
});
