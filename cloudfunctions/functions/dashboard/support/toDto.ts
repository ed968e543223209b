import type { DashboardDto } from '../../../contract/dashboard';
import type { RequestFigures } from '../../../domain/dashboard/requestFigures';

/** The request figures, grid ranking and member ranking as the 工作台 shows them. */
export function toRequestFiguresDto(figures: RequestFigures): Pick<DashboardDto, 'requests' | 'grids' | 'members'> {
  const { requests } = figures;
  return {
    requests: {
      ...requests,
      byState: requests.byState.map((line) => ({ ...line })),
      byCategory: requests.byCategory.map((line) => ({ ...line })),
    },
    grids: figures.grids.map((grid) => ({ ...grid })),
    members: figures.members.map((member) => ({ ...member })),
  };
}
