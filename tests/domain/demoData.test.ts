import { demoCategories, demoPostKinds } from '../../localcloud/seed/demoCatalog';
import { demoDepartments } from '../../localcloud/seed/demoDepartments';
import { demoNodes } from '../../localcloud/seed/demoPlaces';
import { demoUsers } from '../../localcloud/seed/demoUsers';
import { administratorsAreStaff } from '../../cloudfunctions/domain/people/administratorsAreStaff';

describe('demo data', () => {
  const grids = demoNodes.filter((node) => node.level === 'grid');

  it('has one county, one township, two villages and at least six grids', () => {
    const count = (level: string) => demoNodes.filter((node) => node.level === level).length;
    expect([count('county'), count('township'), count('village')]).toEqual([1, 1, 2]);
    expect(grids.length).toBeGreaterThanOrEqual(6);
  });

  it('gives every grid a first responsible grid member', () => {
    for (const grid of grids) {
      const heads = demoUsers.filter((u) => u.gridDuties.some((d) => d.gridId === grid._id && d.firstResponsible));
      expect({ grid: grid.name, heads: heads.length }).toEqual({ grid: grid.name, heads: 1 });
    }
  });

  it('routes general matters in every grid and every specialist category somewhere', () => {
    const general = ['policy', 'hardship', 'proxy', 'environment', 'infrastructure', 'jobs', 'other'];
    for (const grid of grids) {
      const covered = new Set(demoUsers.flatMap((u) => u.gridDuties.filter((d) => d.gridId === grid._id).flatMap((d) => d.categoryIds)));
      expect({ grid: grid.name, missing: general.filter((id) => !covered.has(id)) }).toEqual({ grid: grid.name, missing: [] });
    }
    const anywhere = new Set(demoUsers.flatMap((u) => u.gridDuties.flatMap((d) => d.categoryIds)));
    expect(demoCategories.map((c) => c._id).filter((id) => !anywhere.has(id))).toEqual([]);
  });

  it('makes every administrator staff of the place they administer', () => {
    const administrators = demoUsers.filter((u) => u.roles.includes('admin'));
    expect(administrators.length).toBeGreaterThan(0);
    for (const person of administrators) expect(administratorsAreStaff(person)).toBe(person);
  });

  it('has every role, the ten post kinds and unique ids', () => {
    const roles = new Set(demoUsers.flatMap((u) => u.roles));
    expect([...roles].sort()).toEqual(['admin', 'departmentStaff', 'gridMember', 'partyMember', 'resident', 'staff']);
    expect(demoPostKinds).toHaveLength(10);
    expect(new Set(demoUsers.map((u) => u._id)).size).toBe(demoUsers.length);
    expect(new Set(demoNodes.map((n) => n._id)).size).toBe(demoNodes.length);
  });

  it('points every reference at an existing node or category', () => {
    const nodeIds = new Set(demoNodes.map((n) => n._id));
    const categoryIds = new Set(demoCategories.map((c) => c._id));
    for (const user of demoUsers) {
      if (user.homeGridId) expect(nodeIds.has(user.homeGridId)).toBe(true);
      if (user.staffScopeId) expect(nodeIds.has(user.staffScopeId)).toBe(true);
      if (user.departmentId) expect(demoDepartments.some((d) => d._id === user.departmentId && nodeIds.has(d.placeId))).toBe(true);
      for (const duty of user.gridDuties) {
        expect(nodeIds.has(duty.gridId)).toBe(true);
        duty.categoryIds.forEach((id) => expect(categoryIds.has(id)).toBe(true));
      }
    }
  });
});
