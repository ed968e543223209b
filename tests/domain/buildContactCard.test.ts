import type { Category } from '../../cloudfunctions/domain/catalog/Category';
import { buildContactCard } from '../../cloudfunctions/domain/grids/buildContactCard';
import { placeChain } from '../../cloudfunctions/domain/jurisdiction/placeChain';
import type { User } from '../../cloudfunctions/domain/people/User';
import { demoCategories } from '../../localcloud/seed/demoCatalog';
import { DEMO_GRIDS, DEMO_PLACES, demoNodes } from '../../localcloud/seed/demoPlaces';
import { demoUsers } from '../../localcloud/seed/demoUsers';

const categories: Category[] = demoCategories;
const chainOf = (gridId: string) => {
  const grid = demoNodes.find((node) => node._id === gridId);
  if (!grid) throw new Error(`no grid ${gridId}`);
  return placeChain(grid, demoNodes);
};
const membersOf = (gridId: string) => demoUsers.filter((u) => u.gridDuties.some((d) => d.gridId === gridId));

describe('buildContactCard', () => {
  it('lists the grid members with the first responsible person first and duties in Chinese', () => {
    const card = buildContactCard(chainOf(DEMO_GRIDS.hubin1._id), membersOf(DEMO_GRIDS.hubin1._id), [], categories);
    expect(card.contacts.map((c) => [c.name, c.title, c.firstResponsible])).toEqual([
      ['汪德华', '网格长', true],
      ['周义青', '调解员', false],
    ]);
    expect(card.contacts[1].duties).toEqual(['矛盾调解', '法律服务']);
    expect(card.contacts.every((c) => c.level === 'grid')).toBe(true);
  });

  it('shows one row per duty when a member has two duties in the grid', () => {
    const card = buildContactCard(chainOf(DEMO_GRIDS.hubin3._id), membersOf(DEMO_GRIDS.hubin3._id), [], categories);
    expect(card.contacts.map((c) => c.title)).toEqual(['网格长', '治安巡逻员']);
  });

  it('ignores duties the member has in other grids', () => {
    const card = buildContactCard(chainOf(DEMO_GRIDS.hubin2._id), membersOf(DEMO_GRIDS.hubin2._id), [], categories);
    expect(card.contacts.map((c) => c.name).sort()).toEqual(['周义青', '郭长林'].sort());
  });

  it('falls back to the village first responsible person when the grid has nobody', () => {
    const cadres: User[] = demoUsers.filter((u) => u.nodeDuties.length > 0);
    const card = buildContactCard(chainOf(DEMO_GRIDS.hubin1._id), [], cadres, categories);
    expect(card.contacts).toEqual([
      { name: '李大毛', title: '村党总支书记', duties: [], phone: '05565201001', firstResponsible: true, level: 'village' },
    ]);
  });
});

describe('placeChain', () => {
  it('names every level of a grid', () => {
    const chain = chainOf(DEMO_GRIDS.taihua2._id);
    expect([chain.county.name, chain.township.name, chain.village.name, chain.grid.name]).toEqual([
      '望江县',
      '凉泉乡',
      '太华村',
      '第二网格（河南组）',
    ]);
  });

  it('refuses a node that is not a grid', () => {
    expect(() => placeChain(DEMO_PLACES.hubin, demoNodes)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });

  it('reports a broken tree instead of guessing', () => {
    expect(() => placeChain(DEMO_GRIDS.hubin1, [DEMO_PLACES.county])).toThrow(expect.objectContaining({ code: 'INTERNAL' }));
  });
});
