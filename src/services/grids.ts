import type { GridListDto } from '@contract';
import { callCloud } from './cloud';

/** Villages and their grids of a township (the caller's, or the first one). */
export function listGrids(townshipId?: string): Promise<GridListDto> {
  return callCloud('grids', 'listGrids', townshipId ? { townshipId } : {});
}
