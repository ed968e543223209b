import type { Role } from '../../cloudfunctions/contract/common';
import type { GridDuty, HouseholdTag, NodeDuty, User } from '../../cloudfunctions/domain/people/User';
import { DEMO_GRIDS, DEMO_PLACES } from './demoPlaces';

const SEEDED_AT = new Date('2026-01-05T08:00:00+08:00');

interface DemoPerson {
  openid: string;
  name: string;
  phone: string;
  roles: Role[];
  homeGridId: string;
  householdTags?: HouseholdTag[];
  gridDuties?: GridDuty[];
  nodeDuties?: NodeDuty[];
  staffScopeId?: string;
  departmentId?: string;
}

/**
 * Demo people came from the administrators' roster and bound their phone in
 * the mini-program, so their numbers are verified (the office landlines of
 * staff are the roster's) and the roster knows their names.
 */
function person(p: DemoPerson): User {
  return {
    _id: p.openid,
    name: p.name,
    phone: p.phone,
    contactPhone: null,
    rosterName: p.name,
    roles: p.roles,
    homeGridId: p.homeGridId,
    householdTags: p.householdTags ?? [],
    gridDuties: p.gridDuties ?? [],
    nodeDuties: p.nodeDuties ?? [],
    staffScopeId: p.staffScopeId ?? null,
    ...(p.departmentId ? { departmentId: p.departmentId } : {}),
    elderMode: false,
    createdAt: SEEDED_AT,
  };
}

const { hubin1, hubin2, hubin3, taihua1, taihua2, taihua3 } = DEMO_GRIDS;
const { county, township, hubin, taihua } = DEMO_PLACES;

/** A grid's general duty: takes what no specialist covers. */
const HEAD_CATEGORIES = ['policy', 'hardship', 'proxy', 'environment', 'infrastructure', 'jobs', 'other'];

/**
 * Demo people, one or more per role, with OPENIDs that say who they are so
 * the role switcher and tests read plainly. Every grid has at least one
 * grid member; some have specialists (调解员, 卫生员) beside the 网格长.
 */
export const demoUsers: User[] = [
  person({
    openid: 'demo-resident-wang',
    name: '王秀英',
    phone: '13905560101',
    roles: ['resident'],
    homeGridId: hubin1._id,
    householdTags: ['leftBehindElderly'],
  }),
  person({
    openid: 'demo-resident-li',
    name: '李建国',
    phone: '13905560102',
    roles: ['resident'],
    homeGridId: hubin2._id,
    householdTags: ['migrantWorker'],
  }),
  person({
    openid: 'demo-resident-zhao',
    name: '赵桂兰',
    phone: '13905560103',
    roles: ['resident'],
    homeGridId: taihua1._id,
    householdTags: ['disabled', 'hardship'],
  }),
  person({ openid: 'demo-resident-sun', name: '孙小明', phone: '13905560104', roles: ['resident'], homeGridId: taihua2._id }),
  person({
    openid: 'demo-grid-wang',
    name: '汪德华',
    phone: '13905561001',
    roles: ['resident', 'gridMember'],
    homeGridId: hubin1._id,
    gridDuties: [{ gridId: hubin1._id, title: '网格长', categoryIds: HEAD_CATEGORIES, firstResponsible: true }],
  }),
  person({
    openid: 'demo-grid-zhou',
    name: '周义青',
    phone: '13905561002',
    roles: ['resident', 'gridMember', 'partyMember'],
    homeGridId: hubin1._id,
    gridDuties: [
      { gridId: hubin1._id, title: '调解员', categoryIds: ['mediation', 'legal'], firstResponsible: false },
      { gridId: hubin2._id, title: '调解员', categoryIds: ['mediation', 'legal'], firstResponsible: false },
    ],
  }),
  person({
    openid: 'demo-grid-guo',
    name: '郭长林',
    phone: '13905561003',
    roles: ['resident', 'gridMember'],
    homeGridId: hubin2._id,
    gridDuties: [{ gridId: hubin2._id, title: '网格长', categoryIds: HEAD_CATEGORIES, firstResponsible: true }],
  }),
  person({
    openid: 'demo-grid-lichun',
    name: '李春燕',
    phone: '13905561004',
    roles: ['resident', 'gridMember'],
    homeGridId: hubin3._id,
    gridDuties: [
      { gridId: hubin3._id, title: '网格长', categoryIds: [...HEAD_CATEGORIES, 'mediation'], firstResponsible: true },
      { gridId: hubin3._id, title: '治安巡逻员', categoryIds: ['security'], firstResponsible: false },
    ],
  }),
  person({
    openid: 'demo-grid-chen',
    name: '陈国平',
    phone: '13905562001',
    roles: ['resident', 'gridMember'],
    homeGridId: taihua1._id,
    gridDuties: [{ gridId: taihua1._id, title: '网格长', categoryIds: HEAD_CATEGORIES, firstResponsible: true }],
  }),
  person({
    openid: 'demo-grid-liu',
    name: '刘美华',
    phone: '13905562002',
    roles: ['resident', 'gridMember'],
    homeGridId: taihua1._id,
    gridDuties: [
      { gridId: taihua1._id, title: '卫生保健员', categoryIds: ['health'], firstResponsible: false },
      { gridId: taihua2._id, title: '卫生保健员', categoryIds: ['health'], firstResponsible: false },
      { gridId: taihua3._id, title: '卫生保健员', categoryIds: ['health'], firstResponsible: false },
    ],
  }),
  person({
    openid: 'demo-grid-he',
    name: '何志强',
    phone: '13905562003',
    roles: ['resident', 'gridMember', 'partyMember'],
    homeGridId: taihua2._id,
    gridDuties: [
      { gridId: taihua2._id, title: '网格长', categoryIds: [...HEAD_CATEGORIES, 'mediation', 'legal', 'security'], firstResponsible: true },
    ],
  }),
  person({
    openid: 'demo-grid-wu',
    name: '吴海燕',
    phone: '13905562004',
    roles: ['resident', 'gridMember'],
    homeGridId: taihua3._id,
    gridDuties: [
      { gridId: taihua3._id, title: '网格长', categoryIds: [...HEAD_CATEGORIES, 'mediation', 'legal', 'security'], firstResponsible: true },
    ],
  }),
  person({ openid: 'demo-party-gao', name: '高秀山', phone: '13905563001', roles: ['resident', 'partyMember'], homeGridId: hubin2._id }),
  person({ openid: 'demo-party-long', name: '龙玉平', phone: '13905563002', roles: ['resident', 'partyMember'], homeGridId: taihua1._id }),
  // Has reported to 湖滨村 but is not approved yet: still only a resident.
  person({ openid: 'demo-party-xu', name: '徐志远', phone: '13905563003', roles: ['resident'], homeGridId: hubin3._id }),
  person({
    openid: 'demo-staff-hubin',
    name: '李大毛',
    phone: '05565201001',
    roles: ['resident', 'staff', 'partyMember'],
    homeGridId: hubin2._id,
    staffScopeId: hubin._id,
    nodeDuties: [{ nodeId: hubin._id, title: '村党总支书记', firstResponsible: true }],
  }),
  person({
    openid: 'demo-staff-taihua',
    name: '方丽',
    phone: '05565202001',
    roles: ['resident', 'staff', 'partyMember'],
    homeGridId: taihua1._id,
    staffScopeId: taihua._id,
    nodeDuties: [{ nodeId: taihua._id, title: '村党支部书记', firstResponsible: true }],
  }),
  person({
    openid: 'demo-staff-township',
    name: '黄文斌',
    phone: '05565200001',
    roles: ['staff', 'partyMember'],
    homeGridId: hubin1._id,
    staffScopeId: township._id,
    nodeDuties: [{ nodeId: township._id, title: '乡党委副书记', firstResponsible: true }],
  }),
  person({
    openid: 'demo-staff-county',
    name: '钱卫东',
    phone: '05565100001',
    roles: ['staff'],
    homeGridId: hubin1._id,
    staffScopeId: county._id,
    nodeDuties: [{ nodeId: county._id, title: '县委组织部', firstResponsible: false }],
  }),
  // Staff of departments (see demoDepartments): they see what the township assigns to their department.
  person({
    openid: 'demo-dept-minzheng',
    name: '刘建华',
    phone: '05565103001',
    roles: ['departmentStaff'],
    homeGridId: hubin1._id,
    departmentId: 'dep-county-minzheng',
  }),
  person({
    openid: 'demo-dept-shuili',
    name: '陈水生',
    phone: '05565104001',
    roles: ['departmentStaff'],
    homeGridId: taihua1._id,
    departmentId: 'dep-county-shuili',
  }),
  person({
    openid: 'demo-dept-minzhengsuo',
    name: '吴小芳',
    phone: '05565200101',
    roles: ['resident', 'departmentStaff'],
    homeGridId: hubin3._id,
    departmentId: 'dep-liangquan-minzheng',
  }),
  person({
    openid: 'demo-admin',
    name: '系统管理员',
    phone: '05565100000',
    roles: ['staff', 'admin'],
    homeGridId: hubin1._id,
    staffScopeId: county._id,
  }),
];
