import { childLevelOf } from '../../cloudfunctions/domain/admin/childPlace';
import { gridMembers } from '../../cloudfunctions/domain/admin/gridMembers';
import { peopleWithin, placeIdsOf } from '../../cloudfunctions/domain/admin/peopleWithin';
import { inDisplayOrder, placeTrail } from '../../cloudfunctions/domain/admin/placeTrail';
import { isRootScope } from '../../cloudfunctions/domain/admin/requireAdminOver';
import type { JurisdictionNode } from '../../cloudfunctions/domain/jurisdiction/JurisdictionNode';
import { thrownCode } from '../support/codes';
import { duty, user } from './support/requests';

/** What administrators may see while browsing the tree and looking people up. */
const node = (_id: string, level: JurisdictionNode['level'], ancestorIds: string[], order = 1, name = _id): JurisdictionNode => ({
  _id,
  level,
  name,
  parentId: ancestorIds.at(-1) ?? null,
  ancestorIds,
  order,
});
const county = node('c1', 'county', []);
const township = node('t1', 'township', ['c1']);
const village = node('v1', 'village', ['c1', 't1']);
const otherVillage = node('v2', 'village', ['c1', 't1'], 2);
const grid = node('g1', 'grid', ['c1', 't1', 'v1']);
const otherGrid = node('g2', 'grid', ['c1', 't1', 'v2']);
const admin = (scope: string) => user('a', { roles: ['staff', 'admin'], staffScopeId: scope });

describe('browsing the tree', () => {
  it("gives the breadcrumb from the administrator's scope down to the parent, and none at the scope", () => {
    const ancestors = [county, township, village];
    expect(placeTrail(grid, ancestors, 'c1').map((place) => place._id)).toEqual(['c1', 't1', 'v1']);
    expect(placeTrail(grid, ancestors, 'v1').map((place) => place._id)).toEqual(['v1']);
    expect(placeTrail(village, ancestors, 'v1')).toEqual([]);
  });
  it('refuses a place outside the scope, and reports a broken chain', () => {
    expect(thrownCode(() => placeTrail(otherGrid, [county, township, otherVillage], 'v1'))).toBe('OUT_OF_JURISDICTION');
    expect(thrownCode(() => placeTrail(grid, [county, village], 'c1'))).toBe('INTERNAL');
  });
  it('knows the level of a place added under each level, none under a grid', () => {
    expect([county, township, village, grid].map((place) => childLevelOf(place.level))).toEqual(['township', 'village', 'grid', null]);
  });
  it('lists siblings by their display order, then by name', () => {
    const places = [node('b', 'grid', [], 2, '第二网格'), node('c', 'grid', [], 1, '新网格'), node('a', 'grid', [], 1, '东网格')];
    expect(inDisplayOrder(places).map((place) => place._id)).toEqual(['a', 'c', 'b']);
  });
  it('leaves the holiday list to the administrator of the root', () => {
    expect([county, township, null].map(isRootScope)).toEqual([true, false, false]);
  });
});

describe('finding a person by phone', () => {
  const places = [county, township, village, otherVillage, grid, otherGrid];
  const resident = (id: string, homeGridId: string) => ({ ...user(id), homeGridId });

  it('ties a person to their home grid, staff scope and the grids they serve', () => {
    const member = { ...user('m', { staffScopeId: 'v2', gridDuties: [duty(['security'], '网格员', false, 'g2')] }), homeGridId: 'g1' };
    expect(placeIdsOf(member)).toEqual(['g1', 'v2', 'g2']);
    expect(placeIdsOf({ ...user('x'), homeGridId: null })).toEqual([]);
  });
  it('shows people who live, work or serve within the jurisdiction only', () => {
    const inside = resident('in', 'g1');
    const outside = resident('out', 'g2');
    const servingInside = { ...resident('serves', 'g2'), gridDuties: [duty(['security'])] };
    expect(peopleWithin(admin('v1'), [inside, outside, servingInside], places).map((person) => person._id)).toEqual(['in', 'serves']);
    expect(peopleWithin(admin('c1'), [outside], places)).toEqual([outside]);
  });
  it('answers a number known only elsewhere exactly like one nobody has', () => {
    expect(thrownCode(() => peopleWithin(admin('v1'), [], places))).toBe('NOT_FOUND');
    expect(thrownCode(() => peopleWithin(admin('v1'), [resident('out', 'g2')], places))).toBe('NOT_FOUND');
    expect(thrownCode(() => peopleWithin(user('s', { roles: ['staff'], staffScopeId: 'c1' }), [resident('in', 'g1')], places))).toBe(
      'FORBIDDEN',
    );
  });
});

describe("a grid's members", () => {
  it('lists the people on duty in the grid with their duties there, first responsible first, then by name', () => {
    const zhou = user('zhou', {
      name: '周义青',
      gridDuties: [duty(['mediation'], '调解员', false, 'g1'), duty(['mediation'], '调解员', false, 'g2')],
    });
    const an = user('an', { name: '安小红', gridDuties: [duty(['health'], '卫生员')] });
    const guo = user('guo', { name: '郭长林', gridDuties: [duty(['other'], '网格长', true)] });
    const elsewhere = user('far', { gridDuties: [duty(['other'], '网格长', true, 'g2')] });
    const members = gridMembers([zhou, an, elsewhere, guo], 'g1');
    expect(members.map((member) => member.person._id)).toEqual(['guo', 'an', 'zhou']);
    expect(members[2].duties).toEqual([duty(['mediation'], '调解员', false, 'g1')]);
  });
});
