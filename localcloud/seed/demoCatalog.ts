import type { Category } from '../../cloudfunctions/domain/catalog/Category';
import type { PostKind } from '../../cloudfunctions/domain/catalog/PostKind';

/** Request categories seen in the cases, with the time limits a township would set. */
export const demoCategories: Category[] = [
  { _id: 'policy', name: '政策咨询', icon: 'help', timeLimitDays: 3, order: 1, active: true },
  { _id: 'mediation', name: '矛盾调解', icon: 'heart', timeLimitDays: 5, order: 2, active: true },
  { _id: 'legal', name: '法律服务', icon: 'bookmark', timeLimitDays: 5, order: 3, active: true },
  { _id: 'hardship', name: '帮扶解困', icon: 'heart-2', timeLimitDays: 5, order: 4, active: true },
  { _id: 'proxy', name: '民事代理', icon: 'file-generic', timeLimitDays: 10, order: 5, active: true },
  { _id: 'environment', name: '环境卫生', icon: 'trash', timeLimitDays: 3, order: 6, active: true },
  { _id: 'security', name: '治安', icon: 'alert-circle', timeLimitDays: 2, order: 7, active: true },
  { _id: 'infrastructure', name: '基础设施', icon: 'home', timeLimitDays: 10, order: 8, active: true },
  { _id: 'health', name: '卫生保健', icon: 'sketch', timeLimitDays: 3, order: 9, active: true },
  { _id: 'jobs', name: '就业技术', icon: 'lightning-bolt', timeLimitDays: 5, order: 10, active: true },
  { _id: 'other', name: '其他', icon: 'bullet-list', timeLimitDays: 5, order: 11, active: true },
];

/** The ten kinds of party-member public-service post set in every grid (漠河). */
export const demoPostKinds: PostKind[] = [
  { _id: 'policyConsultation', name: '政策咨询', description: '为群众解读惠民政策，解答疑问', order: 1 },
  { _id: 'legalMediation', name: '法律调解', description: '调解邻里矛盾纠纷，提供法律帮助', order: 2 },
  { _id: 'securityPatrol', name: '治安巡逻', description: '参与网格治安巡逻，排查安全隐患', order: 3 },
  { _id: 'concernsGathering', name: '民情收集', description: '入户走访，收集群众诉求和意见', order: 4 },
  { _id: 'skillsTraining', name: '特长培训', description: '发挥个人特长，开展培训讲座', order: 5 },
  { _id: 'skillsHelp', name: '技能帮扶', description: '传授实用技术，帮助群众增收', order: 6 },
  { _id: 'healthCare', name: '卫生保健', description: '开展健康咨询、义诊和卫生宣传', order: 7 },
  { _id: 'culturePublicity', name: '文化宣传', description: '组织文化活动，宣传政策法规', order: 8 },
  { _id: 'jointBuilding', name: '共驻共建', description: '联系驻地单位，共建共享社区资源', order: 9 },
  { _id: 'publicService', name: '公共服务', description: '参与环境整治、便民服务等公益活动', order: 10 },
];
