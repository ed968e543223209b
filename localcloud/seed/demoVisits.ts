import type { User } from '../../cloudfunctions/domain/people/User';
import { localDateOf } from '../../cloudfunctions/domain/servicedays/chinaCalendar';
import { emptyGridCaretakers, type GridCaretakers } from '../../cloudfunctions/domain/visits/assignments';
import { markCallback, recordCallbackOutcome, applyVisitStep } from '../../cloudfunctions/domain/visits/callback';
import type { Household, HouseholdMember } from '../../cloudfunctions/domain/visits/Household';
import { newHousehold } from '../../cloudfunctions/domain/visits/householdRecord';
import { householdAfterVisit, newVisit } from '../../cloudfunctions/domain/visits/recordVisit';
import type { Visit } from '../../cloudfunctions/domain/visits/Visit';
import { defaultVisitRules } from '../../cloudfunctions/domain/visits/VisitRules';
import { tallyId, type VisitDayTally } from '../../cloudfunctions/domain/visits/visitDays';
import type { VisitKind } from '../../cloudfunctions/domain/visits/vocabulary';
import { demoNodes } from './demoPlaces';
import { demoUsers } from './demoUsers';

const DAY = 24 * 3_600_000;
const person = (id: string): User => demoUsers.find((u) => u._id === id)!;
const chainOf = (gridId: string) => {
  const grid = demoNodes.find((n) => n._id === gridId)!;
  return [...grid.ancestorIds, grid._id];
};

type M = Partial<HouseholdMember> & Pick<HouseholdMember, 'name' | 'relation'>;
const member = (m: M): HouseholdMember => ({ ageBand: 'age18to59', phone: '', phoneVerified: false, userId: null, ...m });

interface DemoHousehold {
  id: string;
  gridId: string;
  keeper: string;
  group: string;
  address: string;
  members: M[];
  tags: string[];
  needs: string;
  /** Cadres paired with it (结对), since a day. */
  cadres?: Array<{ id: string; since: string }>;
}

/**
 * 民情档案 of the demo grids: twelve households, tagged as the seeds type
 * them, four of them the demo residents' own (linked, so they see them).
 */
const HOUSEHOLDS: DemoHousehold[] = [
  {
    id: 'hh-hubin1-1',
    gridId: 'g-hubin-1',
    keeper: 'demo-grid-wang',
    group: '汪屋组',
    address: '3号',
    tags: ['leftBehindElderly'],
    needs: '儿子在外打工，家里自来水管老化，冬天容易冻裂',
    members: [
      { name: '王秀英', relation: 'head', ageBand: 'age60to79', phone: '13905560101', phoneVerified: true, userId: 'demo-resident-wang' },
      { name: '汪小军', relation: 'child', phone: '13905569001' },
    ],
  },
  {
    id: 'hh-hubin1-2',
    gridId: 'g-hubin-1',
    keeper: 'demo-grid-wang',
    group: '汪屋组',
    address: '12号',
    tags: ['leftBehindElderly', 'fiveGuarantees'],
    needs: '独居，腿脚不便，需要定期送药、帮忙办证',
    members: [
      { name: '汪桂花', relation: 'head', ageBand: 'age80plus' },
      { name: '汪建华', relation: 'child', phone: '13905569002', phoneVerified: true },
    ],
    cadres: [
      { id: 'demo-grid-wang', since: '2026-01-10' },
      { id: 'demo-staff-county', since: '2026-02-01' },
    ],
  },
  {
    id: 'hh-hubin1-3',
    gridId: 'g-hubin-1',
    keeper: 'demo-grid-wang',
    group: '汪屋组',
    address: '7号',
    tags: ['economicDevelopment'],
    needs: '想扩大养鸭规模，需要技术和贷款信息',
    members: [
      { name: '汪志强', relation: 'head', phone: '13905569003' },
      { name: '刘梅', relation: 'spouse' },
      { name: '汪乐乐', relation: 'child', ageBand: 'age7to17' },
    ],
    // 郭长林 of the next grid, who raises ducks himself, helps this household (结对帮扶 across grids of one village).
    cadres: [{ id: 'demo-grid-guo', since: '2026-02-15' }],
  },
  {
    id: 'hh-hubin2-1',
    gridId: 'g-hubin-2',
    keeper: 'demo-grid-guo',
    group: '郭屋组',
    address: '5号',
    tags: ['migrantWorker'],
    needs: '春节后外出务工，家里老屋需要有人照看',
    members: [{ name: '李建国', relation: 'head', phone: '13905560102', phoneVerified: true, userId: 'demo-resident-li' }],
  },
  {
    id: 'hh-hubin2-2',
    gridId: 'g-hubin-2',
    keeper: 'demo-grid-guo',
    group: '郭屋组',
    address: '9号',
    tags: ['leftBehindChild', 'hardship'],
    needs: '孙子上初中，奶奶带着，学费有困难',
    members: [
      { name: '郭秀兰', relation: 'head', ageBand: 'age60to79', phone: '13905569004' },
      { name: '郭小宝', relation: 'grandchild', ageBand: 'age7to17' },
    ],
  },
  {
    id: 'hh-hubin3-1',
    gridId: 'g-hubin-3',
    keeper: 'demo-grid-lichun',
    group: '李屋组',
    address: '2号',
    tags: ['petitioner'],
    needs: '宅基地边界和邻居有争议，多次到乡里反映',
    members: [{ name: '李德全', relation: 'head', ageBand: 'age60to79', phone: '13905569005' }],
  },
  {
    id: 'hh-hubin3-2',
    gridId: 'g-hubin-3',
    keeper: 'demo-grid-lichun',
    group: '李屋组',
    address: '15号',
    tags: ['subsistence'],
    needs: '低保年审材料需要帮忙准备',
    members: [
      { name: '李小芳', relation: 'head', phone: '13905569006' },
      { name: '李天天', relation: 'child', ageBand: 'under7' },
    ],
  },
  {
    id: 'hh-taihua1-1',
    gridId: 'g-taihua-1',
    keeper: 'demo-grid-chen',
    group: '太华街',
    address: '21号',
    tags: ['disabled', 'hardship'],
    needs: '肢体残疾，申请了轮椅，等县残联回复',
    members: [
      { name: '赵桂兰', relation: 'head', ageBand: 'age60to79', phone: '13905560103', phoneVerified: true, userId: 'demo-resident-zhao' },
    ],
    cadres: [{ id: 'demo-staff-taihua', since: '2026-01-10' }],
  },
  {
    id: 'hh-taihua1-2',
    gridId: 'g-taihua-1',
    keeper: 'demo-grid-chen',
    group: '太华街',
    address: '8号',
    tags: ['leftBehindElderly'],
    needs: '老人独居，子女在县城',
    members: [
      { name: '陈德旺', relation: 'head', ageBand: 'age80plus' },
      { name: '陈红', relation: 'child', phone: '13905569007' },
    ],
  },
  {
    id: 'hh-taihua2-1',
    gridId: 'g-taihua-2',
    keeper: 'demo-grid-he',
    group: '河南组',
    address: '4号',
    tags: [],
    needs: '',
    members: [{ name: '孙小明', relation: 'head', phone: '13905560104', phoneVerified: true, userId: 'demo-resident-sun' }],
  },
  {
    id: 'hh-taihua2-2',
    gridId: 'g-taihua-2',
    keeper: 'demo-grid-he',
    group: '河南组',
    address: '11号',
    tags: ['difficultCase', 'familyPlanning'],
    needs: '拆迁补偿没谈拢，情绪较大',
    members: [
      { name: '何春生', relation: 'head', phone: '13905569009' },
      { name: '张翠', relation: 'spouse' },
    ],
  },
  {
    id: 'hh-taihua3-1',
    gridId: 'g-taihua-3',
    keeper: 'demo-grid-wu',
    group: '三段组',
    address: '6号',
    tags: ['leftBehindElderly', 'subsistence'],
    needs: '高血压，需要按时量血压',
    members: [{ name: '吴桂英', relation: 'head', ageBand: 'age80plus', phone: '13905569008' }],
  },
];

interface DemoVisit {
  id: string;
  cadre: string;
  households: string[];
  daysAgo: number;
  kind: VisitKind;
  seen: string;
  said: string;
  help?: string;
}

/** Visits over the last weeks; the households' last visits follow from them. */
const VISITS: DemoVisit[] = [
  {
    id: 'demo-vs-1',
    cadre: 'demo-grid-wang',
    households: ['hh-hubin1-1'],
    daysAgo: 70,
    kind: 'visit',
    seen: '老人身体还好，厨房水管有渗水。',
    said: '说儿子过年回来修。',
  },
  {
    id: 'demo-vs-2',
    cadre: 'demo-grid-wang',
    households: ['hh-hubin1-2'],
    daysAgo: 75,
    kind: 'aidDelivery',
    seen: '屋里冷，被子薄。',
    said: '老人说腿疼，药快吃完了。',
    help: '送去降压药一盒、棉被一床',
  },
  {
    id: 'demo-vs-3',
    cadre: 'demo-grid-wang',
    households: ['hh-hubin1-2'],
    daysAgo: 45,
    kind: 'visit',
    seen: '药按时在吃，院子里堆了柴。',
    said: '想换身份证，走不动路。',
  },
  {
    id: 'demo-vs-4',
    cadre: 'demo-grid-wang',
    households: ['hh-hubin1-1'],
    daysAgo: 10,
    kind: 'visit',
    seen: '水管已经换了新的。',
    said: '王奶奶说儿子寄钱回来了，一切都好。',
  },
  {
    id: 'demo-vs-5',
    cadre: 'demo-grid-guo',
    households: ['hh-hubin2-1'],
    daysAgo: 20,
    kind: 'talk',
    seen: '李建国准备下个月出门打工。',
    said: '请网格员帮忙照看老屋。',
  },
  {
    id: 'demo-vs-6',
    cadre: 'demo-grid-guo',
    households: ['hh-hubin2-2'],
    daysAgo: 35,
    kind: 'visit',
    seen: '孩子在写作业，奶奶在种菜。',
    said: '问能不能申请教育救助。',
  },
  {
    id: 'demo-vs-7',
    cadre: 'demo-grid-lichun',
    households: ['hh-hubin3-1'],
    daysAgo: 5,
    kind: 'talk',
    seen: '和邻居一起到地头看了边界。',
    said: '同意等乡里土地所来量了再说。',
  },
  {
    id: 'demo-vs-8',
    cadre: 'demo-grid-lichun',
    households: ['hh-hubin3-2'],
    daysAgo: 70,
    kind: 'visit',
    seen: '孩子感冒了，家里收拾得干净。',
    said: '问低保年审什么时候交材料。',
  },
  {
    id: 'demo-vs-9',
    cadre: 'demo-staff-taihua',
    households: ['hh-taihua1-1'],
    daysAgo: 12,
    kind: 'aidDelivery',
    seen: '轮椅已经送到，试坐合适。',
    said: '赵阿姨说谢谢村里。',
    help: '代领并送去县残联配发的轮椅',
  },
  {
    id: 'demo-vs-10',
    cadre: 'demo-grid-he',
    households: ['hh-taihua2-2'],
    daysAgo: 31,
    kind: 'talk',
    seen: '何春生情绪平稳了一些。',
    said: '希望补偿再谈一次，请乡里出面。',
  },
  {
    id: 'demo-vs-11',
    cadre: 'demo-grid-wu',
    households: ['hh-taihua3-1'],
    daysAgo: 8,
    kind: 'visit',
    seen: '量了血压，150/90。',
    said: '提醒按时吃药，少吃咸。',
  },
];

export interface DemoVisitData {
  households: Household[];
  visits: Visit[];
  visitDays: VisitDayTally[];
  gridCaretakers: GridCaretakers[];
}

/** 包保: 黄文斌 (township) answers for 湖滨村 第二网格, 钱卫东 (county) for 太华村 第二网格. */
function demoCaretakers(now: Date): GridCaretakers[] {
  const beat = (gridId: string, cadreId: string, since: string): GridCaretakers => {
    const cadre = person(cadreId);
    const by = person('demo-staff-township');
    return {
      ...emptyGridCaretakers(gridId, chainOf(gridId), now),
      cadres: [{ id: cadre._id, name: cadre.name, since }],
      cadreIds: [cadre._id],
      log: [
        { at: now, by: { id: by._id, name: by.name }, kind: 'paired', what: `包保：${cadre.name}（自${since}起）`, opId: `seed-${gridId}` },
      ],
      version: 1,
    };
  };
  return [beat('g-hubin-2', 'demo-staff-township', '2026-01-10'), beat('g-taihua-2', 'demo-staff-county', '2026-01-10')];
}

/**
 * Built through the domain, as the functions would write them: households
 * recorded 120 days before `now` (so the never-visited tagged ones are due),
 * visits laid out from `now`, each cadre's visit days from their visits,
 * one callback waiting on 李大毛 and one done by 黄文斌.
 */
export function demoVisitData(now: Date): DemoVisitData {
  const rules = defaultVisitRules('c-wangjiang');
  const recordedAt = new Date(now.getTime() - 120 * DAY);
  const households = new Map(
    HOUSEHOLDS.map((h) => {
      const record = newHousehold({
        id: h.id,
        input: { gridId: h.gridId, group: h.group, address: h.address, members: h.members.map(member), tags: h.tags, needs: h.needs },
        placeIds: chainOf(h.gridId),
        by: person(h.keeper),
        now: recordedAt,
        opId: `seed-${h.id}`,
        rules,
      });
      const cadres = (h.cadres ?? []).map((c) => ({ id: c.id, name: person(c.id).name, since: c.since }));
      return [h.id, { ...record, cadres, cadreIds: cadres.map((c) => c.id) }];
    }),
  );
  const visits = VISITS.map((v) => {
    const at = new Date(now.getTime() - v.daysAgo * DAY);
    const visit = newVisit({
      id: v.id,
      clientKey: `seed-${v.id}`,
      cadre: person(v.cadre),
      cadreLevel: 'village',
      households: v.households.map((id) => households.get(id)!),
      at,
      kind: v.kind,
      seen: v.seen,
      said: v.said,
      help: v.help ?? '',
      photos: [],
      location: null,
      problems: [],
      now: at,
    });
    for (const id of v.households) {
      const household = households.get(id)!;
      const moved = householdAfterVisit(household, visit, rules);
      if (moved) households.set(id, { ...household, ...moved });
    }
    return visit;
  });
  const byId = (id: string) => visits.findIndex((v) => v._id === id);
  const hubin = person('demo-staff-hubin');
  const marked = markCallback(visits[byId('demo-vs-7')], {
    by: hubin,
    reason: '争议户，核实调解情况',
    now: new Date(now.getTime() - 2 * DAY),
    opId: 'seed-callback-7',
  });
  visits[byId('demo-vs-7')] = applyVisitStep(visits[byId('demo-vs-7')], marked);
  const township = person('demo-staff-township');
  let ninth = applyVisitStep(
    visits[byId('demo-vs-9')],
    markCallback(visits[byId('demo-vs-9')], {
      by: township,
      reason: '抽查帮扶送达',
      now: new Date(now.getTime() - 10 * DAY),
      opId: 'seed-callback-9',
    }),
  );
  ninth = applyVisitStep(
    ninth,
    recordCallbackOutcome(ninth, {
      by: township,
      verdict: 'confirmed',
      text: '电话回访赵桂兰，轮椅已收到，满意。',
      now: new Date(now.getTime() - 9 * DAY),
      opId: 'seed-outcome-9',
    }),
  );
  visits[byId('demo-vs-9')] = ninth;
  const tallies = new Map<string, VisitDayTally>();
  for (const visit of visits) {
    const year = Number(visit.day.slice(0, 4));
    const id = tallyId(visit.cadreId, year);
    const tally = tallies.get(id) ?? { _id: id, cadreId: visit.cadreId, year, days: [] };
    if (!tally.days.includes(visit.day)) tally.days.push(visit.day);
    tallies.set(id, tally);
  }
  return { households: [...households.values()], visits, visitDays: [...tallies.values()], gridCaretakers: demoCaretakers(recordedAt) };
}

/** The China day `daysAgo` before now (tests read the demo's dates with it). */
export function demoVisitDay(now: Date, daysAgo: number): string {
  return localDateOf(new Date(now.getTime() - daysAgo * DAY));
}
