import type { RaterType, StarScores } from '../../cloudfunctions/contract/posts';
import type { Branch } from '../../cloudfunctions/domain/posts/Branch';
import type { Claim } from '../../cloudfunctions/domain/posts/Claim';
import { newClaim } from '../../cloudfunctions/domain/posts/claimRules';
import { placeIdsOf } from '../../cloudfunctions/domain/posts/jurisdiction';
import type { PartyMember } from '../../cloudfunctions/domain/posts/PartyMember';
import type { ServiceLog } from '../../cloudfunctions/domain/posts/ServiceLog';
import type { ServicePost } from '../../cloudfunctions/domain/posts/ServicePost';
import type { StarScore } from '../../cloudfunctions/domain/posts/StarScore';
import { starScoreIdOf } from '../../cloudfunctions/domain/posts/stars';
import type { JurisdictionNode } from '../../cloudfunctions/domain/jurisdiction/JurisdictionNode';
import { DEMO_GRIDS, DEMO_PLACES } from './demoPlaces';
import { demoUsers } from './demoUsers';

/**
 * Party-member work in the demo township: branches, the members who have
 * reported (one still pending), posts in every grid, a few claims with
 * their commitments, service logs in every state, and some star scores.
 */
const { hubin1, hubin2, hubin3, taihua1, taihua2, taihua3 } = DEMO_GRIDS;
const { county, township, hubin, taihua } = DEMO_PLACES;

const at = (iso: string) => new Date(`${iso}T09:00:00+08:00`);

export const demoBranches: Branch[] = [
  { _id: 'b-hubin', name: '湖滨村党总支', nodeId: hubin._id, secretaryId: 'demo-staff-hubin', order: 1 },
  { _id: 'b-taihua', name: '太华村党支部', nodeId: taihua._id, secretaryId: 'demo-staff-taihua', order: 2 },
  { _id: 'b-township', name: '凉泉乡机关党支部', nodeId: township._id, secretaryId: 'demo-staff-township', order: 3 },
  { _id: 'b-school', name: '凉泉中心学校党支部', nodeId: township._id, secretaryId: 'demo-party-long', order: 4 },
  { _id: 'b-power', name: '望江县供电公司党支部', nodeId: county._id, secretaryId: null, order: 5 },
];

function userName(openid: string): string {
  const user = demoUsers.find((u) => u._id === openid);
  if (!user) throw new Error(`demo user ${openid} is missing`);
  return user.name;
}

interface MemberSeed {
  openid: string;
  branchId: string;
  employer: string;
  grid: JurisdictionNode;
  skillKindIds: string[];
  skills: string;
  activePostCount: number;
  status?: 'pending';
}

function member(seed: MemberSeed): PartyMember {
  const user = demoUsers.find((u) => u._id === seed.openid)!;
  const approved = seed.status !== 'pending';
  return {
    _id: seed.openid,
    name: user.name,
    // Reported with the number they had bound: verified, and the roster's name for it.
    phone: user.phone,
    phoneVerified: true,
    rosterName: user.name,
    branchId: seed.branchId,
    employer: seed.employer,
    gridId: seed.grid._id,
    villageId: seed.grid.parentId!,
    placeIds: placeIdsOf(seed.grid),
    skillKindIds: seed.skillKindIds,
    skills: seed.skills,
    status: approved ? 'approved' : 'pending',
    submittedAt: at('2026-01-05'),
    decidedAt: approved ? at('2026-01-05') : null,
    decidedBy: approved ? 'demo-staff-township' : null,
    decidedByName: approved ? userName('demo-staff-township') : null,
    rejectReason: null,
    activePostCount: seed.activePostCount,
  };
}

export const demoPartyMembers: PartyMember[] = [
  member({
    openid: 'demo-party-gao',
    branchId: 'b-power',
    employer: '望江县供电公司',
    grid: hubin2,
    skillKindIds: ['publicService', 'skillsHelp'],
    skills: '电工，会修家电',
    activePostCount: 1,
  }),
  member({
    openid: 'demo-party-long',
    branchId: 'b-school',
    employer: '凉泉中心学校',
    grid: taihua1,
    skillKindIds: ['skillsTraining', 'culturePublicity'],
    skills: '语文教师，书法',
    activePostCount: 1,
  }),
  member({
    openid: 'demo-grid-zhou',
    branchId: 'b-hubin',
    employer: '湖滨村村民委员会',
    grid: hubin1,
    skillKindIds: ['legalMediation'],
    skills: '人民调解员',
    activePostCount: 1,
  }),
  member({
    openid: 'demo-grid-he',
    branchId: 'b-taihua',
    employer: '太华村村民委员会',
    grid: taihua2,
    skillKindIds: ['securityPatrol', 'legalMediation'],
    skills: '退伍军人',
    activePostCount: 1,
  }),
  member({
    openid: 'demo-staff-hubin',
    branchId: 'b-hubin',
    employer: '湖滨村党总支',
    grid: hubin2,
    skillKindIds: ['policyConsultation'],
    skills: '',
    activePostCount: 0,
  }),
  member({
    openid: 'demo-staff-taihua',
    branchId: 'b-taihua',
    employer: '太华村党支部',
    grid: taihua1,
    skillKindIds: ['policyConsultation'],
    skills: '',
    activePostCount: 0,
  }),
  member({
    openid: 'demo-staff-township',
    branchId: 'b-township',
    employer: '凉泉乡人民政府',
    grid: hubin1,
    skillKindIds: ['policyConsultation', 'jointBuilding'],
    skills: '',
    activePostCount: 0,
  }),
  member({
    openid: 'demo-party-xu',
    branchId: 'b-township',
    employer: '凉泉乡农技站',
    grid: hubin3,
    skillKindIds: ['skillsHelp', 'skillsTraining'],
    skills: '水稻种植技术',
    activePostCount: 0,
    status: 'pending',
  }),
];

function post(id: string, grid: JurisdictionNode, kindId: string, title: string, duties: string, capacity: number, held = 0): ServicePost {
  return {
    _id: id,
    gridId: grid._id,
    villageId: grid.parentId!,
    placeIds: placeIdsOf(grid),
    kindId,
    title,
    duties,
    capacity,
    held,
    status: 'open',
    createdAt: at('2026-01-05'),
    createdBy: 'demo-staff-township',
    updatedAt: at('2026-01-05'),
    closedAt: null,
    closedBy: null,
    closeReason: null,
  };
}

export const demoServicePosts: ServicePost[] = [
  post('p-hubin1-mediation', hubin1, 'legalMediation', '邻里纠纷调解', '调解汪屋组邻里、家庭矛盾纠纷，每月至少走访一次重点户', 2, 1),
  post('p-hubin1-patrol', hubin1, 'securityPatrol', '夜间治安巡逻', '每周两个晚上巡查村道和湖堤，发现隐患及时报告网格长', 4),
  post('p-hubin1-policy', hubin1, 'policyConsultation', '惠民政策宣讲', '向群众讲解医保、养老、低保等惠民政策，帮助办理', 2),
  post('p-hubin1-health', hubin1, 'healthCare', '留守老人健康关爱', '定期为留守老人量血压、送药上门，讲解卫生常识', 2),
  post('p-hubin2-public', hubin2, 'publicService', '用电安全检查', '入户检查老旧线路和电器，排除用电隐患', 2, 1),
  post('p-hubin2-concerns', hubin2, 'concernsGathering', '入户走访收集民意', '每月走访郭屋组农户，收集群众诉求并登记上报', 3),
  post('p-hubin2-skills', hubin2, 'skillsHelp', '农技帮扶', '指导水稻、油菜种植和病虫害防治，帮助群众增收', 2),
  post('p-hubin3-patrol', hubin3, 'securityPatrol', '湖堤防汛巡查', '汛期每天巡查李屋组段湖堤，发现险情立即上报', 5),
  post('p-hubin3-culture', hubin3, 'culturePublicity', '文化活动组织', '组织广场舞、戏曲等文化活动，宣传移风易俗', 2),
  post('p-taihua1-training', taihua1, 'skillsTraining', '留守儿童书法课', '每周六上午为留守儿童开设书法、作业辅导课', 2, 1),
  post('p-taihua1-joint', taihua1, 'jointBuilding', '街道共驻共建', '联系太华街驻地单位，共同开展环境整治和志愿服务', 3),
  post('p-taihua1-policy', taihua1, 'policyConsultation', '政策咨询', '在便民服务点解答群众政策疑问', 2),
  post('p-taihua2-patrol', taihua2, 'securityPatrol', '治安巡逻', '巡查河南组村道、河堤，劝导防溺水', 4, 1),
  post('p-taihua2-public', taihua2, 'publicService', '环境整治', '组织群众清理沟渠、垃圾，保持村庄整洁', 3),
  post('p-taihua3-health', taihua3, 'healthCare', '健康咨询', '开展健康咨询、义诊和卫生宣传', 2),
  post('p-taihua3-concerns', taihua3, 'concernsGathering', '民情收集', '走访三段组农户，收集群众意见建议', 2),
];

function claim(postId: string, memberId: string, commitment: string): Claim {
  const p = demoServicePosts.find((candidate) => candidate._id === postId)!;
  const m = demoPartyMembers.find((candidate) => candidate._id === memberId)!;
  return newClaim(p, m, commitment, at('2026-01-06'));
}

export const demoClaims: Claim[] = [
  claim('p-hubin1-mediation', 'demo-grid-zhou', '有矛盾随叫随到，小事不出组、大事不出村'),
  claim('p-hubin2-public', 'demo-party-gao', '每月义务检查线路一次，群众家里用电有问题随时打电话'),
  claim('p-taihua1-training', 'demo-party-long', '每周六上午按时开课，一学期不缺课'),
  claim('p-taihua2-patrol', 'demo-grid-he', '每周巡逻三次，暑期每天巡查河堤防溺水'),
];

interface LogSeed {
  id: string;
  postId: string;
  memberId: string;
  date: string;
  hours: number;
  content: string;
  household?: string;
  status: ServiceLog['status'];
  verifiedBy?: string;
  rejectReason?: string;
}

function log(seed: LogSeed): ServiceLog {
  const c = demoClaims.find((candidate) => candidate.postId === seed.postId && candidate.memberId === seed.memberId)!;
  const decided = seed.status !== 'pending';
  return {
    _id: seed.id,
    claimId: c._id,
    postId: c.postId,
    memberId: c.memberId,
    branchId: c.branchId,
    gridId: c.gridId,
    placeIds: c.placeIds,
    kindId: c.kindId,
    date: seed.date,
    year: Number(seed.date.slice(0, 4)),
    month: seed.date.slice(0, 7),
    hours: seed.hours,
    content: seed.content,
    photos: [],
    household: seed.household ?? null,
    status: seed.status,
    createdAt: at(seed.date),
    verifiedBy: decided ? seed.verifiedBy! : null,
    verifiedByName: decided ? userName(seed.verifiedBy!) : null,
    verifiedAt: decided ? at(seed.date) : null,
    rejectReason: seed.rejectReason ?? null,
  };
}

export const demoServiceLogs: ServiceLog[] = [
  log({
    id: 'l-gao-1',
    postId: 'p-hubin2-public',
    memberId: 'demo-party-gao',
    date: '2026-01-15',
    hours: 2,
    content: '检查了郭屋组6户的老旧线路，更换2个破损插座',
    household: '郭屋组 李建国家',
    status: 'approved',
    verifiedBy: 'demo-grid-guo',
  }),
  log({
    id: 'l-gao-2',
    postId: 'p-hubin2-public',
    memberId: 'demo-party-gao',
    date: '2026-02-10',
    hours: 3,
    content: '春节前为留守老人检查取暖电器',
    status: 'approved',
    verifiedBy: 'demo-grid-guo',
  }),
  log({
    id: 'l-gao-3',
    postId: 'p-hubin2-public',
    memberId: 'demo-party-gao',
    date: '2026-03-02',
    hours: 1.5,
    content: '帮郭屋组3户修理电灯线路',
    status: 'pending',
  }),
  log({
    id: 'l-zhou-1',
    postId: 'p-hubin1-mediation',
    memberId: 'demo-grid-zhou',
    date: '2026-01-20',
    hours: 2,
    content: '调解汪屋组两户宅基地边界纠纷，双方签订协议',
    status: 'approved',
    verifiedBy: 'demo-grid-wang',
  }),
  log({
    id: 'l-zhou-2',
    postId: 'p-hubin1-mediation',
    memberId: 'demo-grid-zhou',
    date: '2026-02-25',
    hours: 2.5,
    content: '回访上月调解的两户，协议履行良好',
    status: 'pending',
  }),
  log({
    id: 'l-long-1',
    postId: 'p-taihua1-training',
    memberId: 'demo-party-long',
    date: '2026-01-18',
    hours: 2,
    content: '为12名留守儿童上书法课',
    status: 'approved',
    verifiedBy: 'demo-grid-chen',
  }),
  log({
    id: 'l-long-2',
    postId: 'p-taihua1-training',
    memberId: 'demo-party-long',
    date: '2026-02-22',
    hours: 2,
    content: '书法课',
    status: 'rejected',
    verifiedBy: 'demo-grid-chen',
    rejectReason: '内容太简单，请写明上课人数和内容',
  }),
  log({
    id: 'l-he-1',
    postId: 'p-taihua2-patrol',
    memberId: 'demo-grid-he',
    date: '2026-02-01',
    hours: 4,
    content: '春节期间巡查河南组村道，劝离河边玩耍儿童3名',
    status: 'approved',
    verifiedBy: 'demo-staff-taihua',
  }),
];

function score(year: number, memberId: string, raterId: string, raterType: RaterType, scores: StarScores): StarScore {
  const m = demoPartyMembers.find((candidate) => candidate._id === memberId)!;
  return {
    _id: starScoreIdOf(year, memberId, raterId),
    year,
    memberId,
    raterId,
    raterType,
    scores,
    branchId: m.branchId,
    placeIds: m.placeIds,
    at: at('2026-02-28'),
  };
}

export const demoStarScores: StarScore[] = [
  score(2026, 'demo-party-gao', 'demo-party-gao', 'self', { study: 4, performance: 5, service: 5, discipline: 5, integrity: 5 }),
  score(2026, 'demo-party-gao', 'demo-staff-hubin', 'organisation', { study: 4, performance: 5, service: 5, discipline: 5, integrity: 4 }),
  score(2026, 'demo-party-gao', 'demo-resident-li', 'resident', { study: 4, performance: 5, service: 5, discipline: 5, integrity: 5 }),
];
