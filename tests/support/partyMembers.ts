import type { JurisdictionNode } from '../../cloudfunctions/domain/jurisdiction/JurisdictionNode';
import type { User } from '../../cloudfunctions/domain/people/User';
import { placeIdsOf } from '../../cloudfunctions/domain/posts/jurisdiction';
import type { PartyMember } from '../../cloudfunctions/domain/posts/PartyMember';
import { COLLECTIONS } from '../../cloudfunctions/shared/collections';
import type { StoreApi } from '../../localcloud';

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = '建国秀英志强美华海燕德明玉兰长林春梅国平';

/**
 * `count` approved party members living in `grid`, as users and
 * registrations, inserted straight into the store: what approving each
 * through the staff page would leave behind. For races that need many
 * distinct members.
 */
export function insertApprovedMembers(
  store: Pick<StoreApi, 'insertMany'>,
  grid: JurisdictionNode,
  count: number,
  prefix: string,
  branchId = 'b-hubin',
): string[] {
  const when = new Date('2026-01-05T09:00:00+08:00');
  const users: User[] = [];
  const members: PartyMember[] = [];
  for (let i = 0; i < count; i += 1) {
    const openid = `${prefix}-${String(i).padStart(4, '0')}`;
    const name = `${SURNAMES[i % SURNAMES.length]}${GIVEN[(i * 7) % GIVEN.length]}${GIVEN[(i * 3 + 1) % GIVEN.length]}`;
    const phone = `139${String(10000000 + i).padStart(8, '0')}`;
    users.push({
      _id: openid,
      name,
      phone,
      roles: ['resident', 'partyMember'],
      homeGridId: grid._id,
      householdTags: [],
      gridDuties: [],
      nodeDuties: [],
      staffScopeId: null,
      elderMode: false,
      createdAt: when,
    });
    members.push({
      _id: openid,
      name,
      phone,
      branchId,
      employer: '望江县供电公司',
      gridId: grid._id,
      villageId: grid.parentId!,
      placeIds: placeIdsOf(grid),
      skillKindIds: [],
      skills: '',
      status: 'approved',
      submittedAt: when,
      decidedAt: when,
      decidedBy: 'demo-staff-township',
      decidedByName: '黄文斌',
      rejectReason: null,
      activePostCount: 0,
    });
  }
  store.insertMany(COLLECTIONS.users, users);
  store.insertMany(COLLECTIONS.partyMembers, members);
  return users.map((user) => user._id);
}
