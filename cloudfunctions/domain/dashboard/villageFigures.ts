import type { GridTally, StatsSource, VillageFigures } from './RequestStats';
import { mergeTallies, tallyRequests } from './tallyRequests';

/** A request as a village's month is built from: its figures and its grid. */
export type VillageRow = StatsSource & { gridId: string; gridName: string; villageName: string };

/**
 * The figures of one village's month: each grid's whole tally (its members
 * named with the grid they served), the village's tally, and the line per
 * grid the wider views rank grids by.
 */
export function villageFigures(rows: VillageRow[]): { grids: GridTally[]; village: VillageFigures } {
  const byGrid = new Map<string, VillageRow[]>();
  for (const row of rows) {
    const own = byGrid.get(row.gridId);
    if (own) own.push(row);
    else byGrid.set(row.gridId, [row]);
  }
  const grids: GridTally[] = [...byGrid.values()].map((own) => {
    const { gridId, gridName, villageName } = own[0];
    const tally = tallyRequests(own);
    for (const member of Object.values(tally.members)) member.grid = `${villageName} ${gridName}`;
    return { gridId, gridName, ...tally };
  });
  return {
    grids,
    village: {
      tally: mergeTallies(grids),
      grids: grids.map(({ gridId, gridName, total, finished, onTime, rated, starsSum }) => ({
        gridId,
        gridName,
        total,
        finished,
        onTime,
        rated,
        starsSum,
      })),
    },
  };
}
