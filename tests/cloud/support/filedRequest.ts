import type { JurisdictionNode } from '../../../cloudfunctions/domain/jurisdiction/JurisdictionNode';
import { fileRequest } from '../../../cloudfunctions/domain/requests/fileRequest';
import type { ResidentRequest } from '../../../cloudfunctions/domain/requests/ResidentRequest';
import { demoCategories } from '../../../localcloud/seed/demoCatalog';
import { demoRoutingContext, demoWorkCalendar } from '../../../localcloud/seed/demoRequests';
import { demoUsers } from '../../../localcloud/seed/demoUsers';

/**
 * A request filed at `filedAt` in a demo grid by a resident of that grid
 * (王秀英 where it has none), routed by the domain as filing routes it:
 * fixtures inserted straight into the store.
 */
export function filedRequest(id: string, grid: JurisdictionNode, categoryId: string, filedAt: Date): ResidentRequest {
  const category = demoCategories.find((c) => c._id === categoryId)!;
  const resident =
    demoUsers.find((u) => u.homeGridId === grid._id && u.roles.length === 1) ?? demoUsers.find((u) => u._id === 'demo-resident-wang')!;
  return fileRequest(
    {
      id,
      code: `QS${id
        .toUpperCase()
        .replace(/[^A-Z0-9]/g, '')
        .padStart(8, '0')
        .slice(-8)}`,
      clientKey: `fixture-${id}`,
      now: filedAt,
      filer: resident,
      resident: { id: resident._id, name: resident.name, phone: resident.phone, phoneVerified: true, household: null },
      proxy: false,
      placeIds: [...grid.ancestorIds, grid._id],
      category: { id: category._id, name: category.name, timeLimitDays: category.timeLimitDays },
      text: `测试诉求 ${id}`,
      photos: [],
      location: null,
      publicName: false,
    },
    demoRoutingContext(grid._id, category._id, []),
    demoWorkCalendar,
  ).request;
}
