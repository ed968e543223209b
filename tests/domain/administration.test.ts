import { childPlace, requireFreeName } from '../../cloudfunctions/domain/admin/childPlace';
import { requireAdminOver, requireRootAdmin } from '../../cloudfunctions/domain/admin/requireAdminOver';
import { workCalendarOf } from '../../cloudfunctions/domain/admin/workCalendarOf';
import type { JurisdictionNode } from '../../cloudfunctions/domain/jurisdiction/JurisdictionNode';
import { user } from './support/requests';
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
