import type { ContactCardDto, GridListDto } from '@contract';
import { callCloud } from './cloud';

/** Villages and their grids of a township (the caller's, or the first one). */
export function listGrids(townshipId?: string): Promise<GridListDto> {
  return callCloud('grids', 'listGrids', townshipId ? { townshipId } : {});
}

/** 便民联系卡 of a grid. */
export function getContactCard(gridId: string): Promise<ContactCardDto> {
  return callCloud('grids', 'contactCard', { gridId });
}
