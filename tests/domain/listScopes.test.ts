import type { Area } from '../../cloudfunctions/domain/requests/areaOf';
import { listScopes } from '../../cloudfunctions/domain/requests/listScopes';

const grid = { id: 'g1', ancestorIds: ['county', 't1', 'v1'] };

describe('listScopes: the parts of an area a list reads, and within one grid', () => {
  it('a grid member sees their grids at every level; a village cadre their village from the village level up; staff their jurisdiction', () => {
    const area: Area = { gridIds: ['g1', 'g2'], levelNodes: [{ nodeId: 'v1', levels: ['village', 'township'] }], staffScopeId: 't1' };
    expect(listScopes(area)).toEqual([
      { placeIds: ['g1', 'g2'], levels: ['grid', 'village', 'township', 'county'] },
      { placeIds: ['v1'], levels: ['village', 'township'] },
      { placeIds: ['t1'], levels: ['grid', 'village', 'township', 'county'] },
    ]);
  });

  it('narrowed to a grid: only that grid, with the levels the scopes covering it see', () => {
    const cadre: Area = { gridIds: [], levelNodes: [{ nodeId: 'v1', levels: ['village', 'township'] }], staffScopeId: null };
    expect(listScopes(cadre, grid)).toEqual([{ placeIds: ['g1'], levels: ['village', 'township'] }]);
    const member: Area = { gridIds: ['g1'], levelNodes: [{ nodeId: 'v1', levels: ['village', 'township'] }], staffScopeId: null };
    expect(listScopes(member, grid)).toEqual([{ placeIds: ['g1'], levels: ['grid', 'village', 'township', 'county'] }]);
  });

  it('a grid outside the area lists nothing, never more than the area', () => {
    expect(listScopes({ gridIds: ['g2'], levelNodes: [], staffScopeId: 't2' }, grid)).toEqual([]);
    expect(listScopes({ gridIds: [], levelNodes: [], staffScopeId: null }, grid)).toEqual([]);
  });
});
