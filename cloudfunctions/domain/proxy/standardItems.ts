import type { ProxyItemInput } from './saveProxyItem';

/**
 * The proxy services a county starts its catalogue with (龙江: "从行政审批、
 * 公共服务、便民服务、经济发展等四个方面，把与群众生产生活密切相关的服务事项
 * 全部纳入代理代办范围"). The administrator edits them; the offices are named
 * in words until a department is chosen.
 */
export const STANDARD_PROXY_ITEMS: ProxyItemInput[] = [
  {
    name: '居民身份证办理（换领、补领）',
    materials: ['户口簿', '原身份证（换领时）', '近期免冠照片或派出所采集回执'],
    departmentId: null,
    officeName: '乡派出所户籍窗口',
    stageDays: { receive: 2, send: 3, conclude: 20, handBack: 3 },
    guide: '老人行动不便的，先和户籍员约好上门或就近采集照片；领证时核对姓名、号码无误再交还。',
    active: true,
    order: 10,
  },
  {
    name: '城乡居民养老保险参保、待遇领取',
    materials: ['身份证', '户口簿', '银行卡或存折'],
    departmentId: null,
    officeName: '乡人社所',
    stageDays: { receive: 2, send: 3, conclude: 10, handBack: 3 },
    guide: '年满60周岁办理待遇领取的，提前一个月收件；银行卡须是本人名下。',
    active: true,
    order: 20,
  },
  {
    name: '医保报销（门诊慢特病、住院异地就医）',
    materials: ['身份证', '医保卡', '住院发票原件', '费用清单', '出院小结'],
    departmentId: null,
    officeName: '县医保局经办窗口',
    stageDays: { receive: 3, send: 3, conclude: 20, handBack: 3 },
    guide: '发票须是原件；异地就医的先问清是否已备案。报销款打入本人社保卡。',
    active: true,
    order: 30,
  },
  {
    name: '最低生活保障（低保）申请',
    materials: ['身份证', '户口簿', '家庭收入情况说明', '残疾证或病历（如有）'],
    departmentId: null,
    officeName: '乡民政所',
    stageDays: { receive: 3, send: 3, conclude: 30, handBack: 3 },
    guide: '收件时向申请人讲清家庭经济状况核对和村内公示的程序；未批准的要把原因讲明白。',
    active: true,
    order: 40,
  },
  {
    name: '农机购置补贴申领',
    materials: ['身份证', '购机发票', '机具铭牌照片', '银行卡或存折'],
    departmentId: null,
    officeName: '县农业农村局农机站',
    stageDays: { receive: 2, send: 3, conclude: 30, handBack: 3 },
    guide: '机具须在补贴目录内；拍机具照片时铭牌要清楚。',
    active: true,
    order: 50,
  },
  {
    name: '残疾人证办理',
    materials: ['身份证', '户口簿', '近期免冠照片', '医院诊断材料'],
    departmentId: null,
    officeName: '县残联',
    stageDays: { receive: 2, send: 3, conclude: 20, handBack: 3 },
    guide: '需要评残鉴定的，和残联约好鉴定日期，提前通知群众和家属。',
    active: true,
    order: 60,
  },
];
