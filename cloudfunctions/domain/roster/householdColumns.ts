import type { AgeBand, Relation } from '../visits/vocabulary';

/**
 * The roster file's 民情档案 sheet: one row per member of a household, the
 * household named by its 户号 (unique in the file). A household's grid,
 * 屯/组 and address may be filled on its first row only; its tags and
 * needs on any of its rows.
 */
export const HOUSEHOLD_SHEET = '民情档案';

export const HOUSEHOLD_COLUMNS = {
  householdNo: '户号',
  grid: '所属网格',
  group: '屯/组',
  address: '门牌地址',
  relation: '与户主关系',
  name: '姓名',
  age: '出生年份或年龄',
  phone: '手机号',
  tags: '户类',
  needs: '需求备注',
} as const;

export type HouseholdColumn = keyof typeof HOUSEHOLD_COLUMNS;

/** Columns every row fills. */
export const REQUIRED_HOUSEHOLD_COLUMNS: HouseholdColumn[] = ['householdNo', 'relation', 'name'];

/** The header cells that make a sheet (or a CSV file) the 民情档案 one. */
export const HOUSEHOLD_MARKERS = [HOUSEHOLD_COLUMNS.householdNo, HOUSEHOLD_COLUMNS.relation] as const;

/** The words village offices use for a member's relation to the head. */
export const RELATION_WORDS: Record<string, Relation> = {
  户主: 'head',
  本人: 'head',
  配偶: 'spouse',
  妻: 'spouse',
  夫: 'spouse',
  妻子: 'spouse',
  丈夫: 'spouse',
  子女: 'child',
  子: 'child',
  女: 'child',
  儿子: 'child',
  女儿: 'child',
  长子: 'child',
  次子: 'child',
  长女: 'child',
  次女: 'child',
  儿媳: 'childInLaw',
  女婿: 'childInLaw',
  父母: 'parent',
  父亲: 'parent',
  母亲: 'parent',
  孙子女: 'grandchild',
  孙子: 'grandchild',
  孙女: 'grandchild',
  外孙子: 'grandchild',
  外孙女: 'grandchild',
  兄弟姐妹: 'sibling',
  兄: 'sibling',
  弟: 'sibling',
  姐: 'sibling',
  妹: 'sibling',
  其他: 'other',
};

/** Age bands as the template writes them. */
export const AGE_BAND_WORDS: Record<string, AgeBand> = {
  '7岁以下': 'under7',
  '7-17岁': 'age7to17',
  '18-59岁': 'age18to59',
  '60-79岁': 'age60to79',
  '80岁以上': 'age80plus',
  不详: 'unknown',
};

/** The age band of someone `age` years old. */
export function ageBandOf(age: number): AgeBand {
  if (age < 7) return 'under7';
  if (age < 18) return 'age7to17';
  if (age < 60) return 'age18to59';
  if (age < 80) return 'age60to79';
  return 'age80plus';
}

/** The lengths the household's own form allows (contract/textLimits has the same numbers; the domain cannot import it). */
export const HOUSEHOLD_TEXT = { householdNo: 30, name: 20, group: 30, address: 60, needs: 300 } as const;

/**
 * Households one file may hold: a large village's, or a small township's. One
 * import is one function run within its 60 s limit: measured (`npm run bench
 * -- --only roster`), 5,000 households took about 60 s on the local cloud, so
 * a file holds 2,000 and a county's 100,000 are some fifty files.
 */
export const MAX_FILE_HOUSEHOLDS = 2000;

/** The example rows under the template's header: one household of three. */
export const HOUSEHOLD_EXAMPLE: Array<Record<HouseholdColumn, string>> = [
  {
    householdNo: 'HB-001',
    grid: '第一网格（汪屋组）',
    group: '汪屋组',
    address: '12号',
    relation: '户主',
    name: '汪桂花',
    age: '1948',
    phone: '13800000000',
    tags: '留守老人、低保户',
    needs: '腿脚不便，需要代办医保',
  },
  {
    householdNo: 'HB-001',
    grid: '',
    group: '',
    address: '',
    relation: '子女',
    name: '汪小军',
    age: '18-59岁',
    phone: '',
    tags: '外出务工户',
    needs: '',
  },
  {
    householdNo: 'HB-001',
    grid: '',
    group: '',
    address: '',
    relation: '孙子女',
    name: '汪乐乐',
    age: '9',
    phone: '',
    tags: '留守儿童',
    needs: '',
  },
];

/** How to fill the sheet, for the template's 填写说明 sheet. */
export const HOUSEHOLD_INSTRUCTIONS: string[] = [
  '民情档案：每位家庭成员填一行，同一户的几行填同一个户号（户号在文件里不能重复给两户）。',
  '所属网格、屯/组、门牌地址只在这一户的第一行填，后面几行可以空着；填了就要和第一行一样。',
  `与户主关系填：${['户主', '配偶', '子女', '儿媳/女婿', '父母', '孙子女', '兄弟姐妹', '其他'].join('、')}；每户有且只有一位户主。`,
  `出生年份或年龄：填出生年份（如1948）、年龄（如72），或 ${Object.keys(AGE_BAND_WORDS).join('、')}，不知道可以空着。`,
  '手机号可以空着；导入的号码算“未核实”，走访时打通了再在档案里确认。',
  '户类从县里的户类清单里选，几个户类之间用顿号隔开；需求备注写这户需要什么帮助。',
  `一个文件最多${MAX_FILE_HOUSEHOLDS}户，户多的乡镇按村分成几个文件。只导入民情档案时，花名册那张表可以只留表头。有一处填错，整个文件都不导入。`,
];
