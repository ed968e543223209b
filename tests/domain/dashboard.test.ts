import { assess } from '../../cloudfunctions/domain/dashboard/assessment';
import { chinaMonth, monthBounds, monthsBack, monthsBetween } from '../../cloudfunctions/domain/dashboard/chinaMonth';
import { bucketId, bucketOf, bucketsInOrder, donePrefix } from '../../cloudfunctions/domain/dashboard/changedBuckets';
import { villageFigures } from '../../cloudfunctions/domain/dashboard/villageFigures';

describe('assessment score', () => {
  it('weighs on-time rate 60 and satisfaction 40, flags below 80', () => {
    // 3 of 4 on time, stars 4.5 → 100 × (0.6 × 0.75 + 0.4 × 0.9) = 45 + 36 = 81.
    expect(assess({ finished: 4, onTime: 3, rated: 2, starsSum: 9 })).toEqual(
      expect.objectContaining({ onTimeRate: 0.75, avgStars: 4.5, score: 81, low: false }),
    );
    // 1 of 2 on time, no ratings → 100 × 0.5 = 50.
    expect(assess({ finished: 2, onTime: 1, rated: 0, starsSum: 0 })).toEqual(expect.objectContaining({ score: 50, low: true }));
    expect(assess({ finished: 0, onTime: 0, rated: 1, starsSum: 5 })).toEqual(expect.objectContaining({ score: null, low: false }));
  });
});

describe('China months', () => {
  it('puts an instant in its China month and bounds months at China midnight', () => {
    expect(chinaMonth(new Date('2024-12-31T16:30:00Z'))).toBe('2025-01');
    expect(monthBounds('2025-01')).toEqual({ start: new Date('2024-12-31T16:00:00Z'), end: new Date('2025-01-31T16:00:00Z') });
  });

  it('lists and counts back months across a year end', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBack('2026-03', 3)).toBe('2025-12');
    expect(monthsBack('2026-12', 11)).toBe('2026-01');
  });
});

describe('the buckets of changed requests', () => {
  const at = (iso: string) => new Date(iso);
  const changed = [
    { villageId: 'v1', createdAt: at('2025-01-31T17:00:00Z') }, // China 1 February
    { villageId: 'v1', createdAt: at('2025-01-31T15:00:00Z') }, // China 31 January
    { villageId: 'v2', createdAt: at('2025-02-10T00:00:00Z') },
    { villageId: 'v1', createdAt: at('2025-02-20T00:00:00Z') },
  ];

  it('names each bucket once, in the order the list first reaches it, by China month', () => {
    expect(bucketsInOrder(changed).map((b) => b.id)).toEqual(['v1_2025-02', 'v1_2025-01', 'v2_2025-02']);
    expect(bucketOf(changed[1])).toEqual({ id: bucketId('v1', '2025-01'), villageId: 'v1', month: '2025-01' });
  });

  it('moves the resume point only past requests whose buckets are rebuilt', () => {
    expect(donePrefix(changed, new Set())).toBe(0);
    expect(donePrefix(changed, new Set(['v1_2025-02']))).toBe(1);
    // v2 rebuilt but v1_2025-01 not: the list stops at the second request.
    expect(donePrefix(changed, new Set(['v1_2025-02', 'v2_2025-02']))).toBe(1);
    expect(donePrefix(changed, new Set(['v1_2025-02', 'v1_2025-01', 'v2_2025-02']))).toBe(4);
  });
});

describe("a village's month", () => {
  const filed = new Date('2025-03-03T01:00:00Z');
  const row = (gridId: string, memberId: string | null, stars: number | null) => ({
    gridId,
    gridName: gridId === 'g1' ? '第一网格' : '第二网格',
    villageName: '湖滨村',
    state: memberId ? ('closed' as const) : ('accepted' as const),
    categoryId: 'environment',
    categoryName: '环境卫生',
    createdAt: filed,
    resolvedAt: memberId ? new Date(filed.getTime() + 10 * 3_600_000) : null,
    resolution: memberId
      ? { text: '', photos: [], at: filed, by: { id: memberId, name: memberId, role: 'gridMember' as const, title: '' } }
      : null,
    rating: stars ? { stars, comment: null, at: filed } : null,
    notSolvedCount: 0,
    ledger: [],
  });

  it('keeps each grid whole, adds them up for the village, and names the grid a member served', () => {
    const { grids, village } = villageFigures([row('g1', 'm1', 5), row('g1', null, null), row('g2', 'm2', 3)]);
    expect(grids.map((g) => [g.gridId, g.total, g.finished])).toEqual([
      ['g1', 2, 1],
      ['g2', 1, 1],
    ]);
    expect(village.tally).toEqual(expect.objectContaining({ total: 3, finished: 2, rated: 2, starsSum: 8 }));
    expect(village.tally.members.m2).toEqual(expect.objectContaining({ grid: '湖滨村 第二网格', finished: 1 }));
    expect(village.grids).toEqual([
      { gridId: 'g1', gridName: '第一网格', total: 2, finished: 1, onTime: 1, rated: 1, starsSum: 5 },
      { gridId: 'g2', gridName: '第二网格', total: 1, finished: 1, onTime: 1, rated: 1, starsSum: 3 },
    ]);
  });
});
