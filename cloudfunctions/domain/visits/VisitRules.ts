import { DomainError } from '../shared/DomainError';
import { CADRE_LEVELS, VISIT_LIMITS, type CadreLevel, type HouseholdTag } from './vocabulary';

/**
 * A county's rules for 民情走访: its household tags (each with how often a
 * tagged household must be visited) and the visit-day quota of each cadre
 * level. One settings document per county; every change bumps `version`, so
 * households whose due dates were computed under an older version are
 * recomputed (see dueDate.ts).
 */
export interface VisitRules {
  countyId: string;
  tags: HouseholdTag[];
  /** Visit days a year each cadre level must reach. */
  quota: Record<CadreLevel, number>;
  version: number;
}

/** The settings document of a county's rules. */
export function visitRulesId(countyId: string): string {
  return `visitRules-${countyId}`;
}

const tag = (id: string, name: string, visitEveryDays: number): HouseholdTag => ({ id, name, active: true, visitEveryDays });

/** The six household types of 凉泉 and the five common in the other seeds, with a starting rule each. */
export const DEFAULT_TAGS: readonly HouseholdTag[] = [
  tag('hardship', '家庭困难户', 30),
  tag('petitioner', '矛盾信访户', 30),
  tag('familyPlanning', '计生重点户', 90),
  tag('difficultCase', '工作难点户', 30),
  tag('migrantWorker', '外出务工户', 90),
  tag('economicDevelopment', '经济发展户', 90),
  tag('leftBehindElderly', '留守老人', 30),
  tag('leftBehindChild', '留守儿童', 30),
  tag('disabled', '残疾户', 30),
  tag('subsistence', '低保户', 60),
  tag('fiveGuarantees', '五保户', 30),
];

/** 龙江: 县直部门干部不少于10天，乡镇干部不少于30天，村级和社区干部不少于50天. */
export const DEFAULT_QUOTA: Readonly<Record<CadreLevel, number>> = { county: 10, township: 30, village: 50 };

export function defaultVisitRules(countyId: string): VisitRules {
  return { countyId, tags: DEFAULT_TAGS.map((t) => ({ ...t })), quota: { ...DEFAULT_QUOTA }, version: 0 };
}

function isTag(value: unknown): value is HouseholdTag {
  const t = value as Partial<HouseholdTag> | null;
  return (
    !!t && typeof t.id === 'string' && typeof t.name === 'string' && typeof t.active === 'boolean' && typeof t.visitEveryDays === 'number'
  );
}

/** The stored document read defensively: anything malformed falls back to the defaults, field by field. */
export function readVisitRules(countyId: string, doc: Partial<VisitRules> | null | undefined): VisitRules {
  const defaults = defaultVisitRules(countyId);
  if (!doc) return defaults;
  const tags = Array.isArray(doc.tags) && doc.tags.every(isTag) && doc.tags.length > 0 ? doc.tags : defaults.tags;
  const quota = { ...defaults.quota };
  for (const level of CADRE_LEVELS) {
    const value = doc.quota?.[level];
    if (typeof value === 'number' && value >= 0) quota[level] = value;
  }
  return { countyId, tags, quota, version: typeof doc.version === 'number' ? doc.version : 0 };
}

export interface RulesInput {
  /** Every tag of the list: existing ones by id (none may be dropped, only retired), new ones without. */
  tags: Array<{ id?: string; name: string; active: boolean; visitEveryDays: number }>;
  quota: Record<CadreLevel, number>;
  /** The version the editor was opened at: another administrator's save since then is a CONFLICT. */
  version: number;
}

/** Why a save made on a version another administrator has since changed is refused. */
export const RULES_CHANGED_MEANWHILE = '走访设置刚被别的管理员改过；您填的内容还在，请核对后再保存一次';

function invalid(path: string, message: string): DomainError {
  return new DomainError('INVALID_INPUT', message, [{ path, message }]);
}

/** An id for a tag added by a county: stable, short, never reused within the list. */
function newTagId(taken: Set<string>): string {
  for (let n = taken.size + 1; ; n += 1) {
    const id = `custom${n}`;
    if (!taken.has(id)) return id;
  }
}

/**
 * The rules after an administrator's edit. Tags keep their ids (households
 * refer to them), so a tag is renamed or retired, never removed; names stay
 * unique so people can tell them apart.
 */
export function changeVisitRules(current: VisitRules, input: RulesInput): VisitRules {
  if (input.version !== current.version) {
    throw new DomainError('CONFLICT', RULES_CHANGED_MEANWHILE);
  }
  if (input.tags.length > VISIT_LIMITS.tagsPerCounty) throw invalid('tags', `最多${VISIT_LIMITS.tagsPerCounty}种户类`);
  const known = new Map(current.tags.map((t) => [t.id, t]));
  const seenNames = new Set<string>();
  const seenIds = new Set<string>();
  const taken = new Set(known.keys());
  const tags: HouseholdTag[] = [];
  input.tags.forEach((entry, index) => {
    const name = entry.name.trim();
    if (seenNames.has(name)) throw invalid(`tags.${index}.name`, `户类“${name}”重复了`);
    seenNames.add(name);
    let id = entry.id;
    if (id === undefined) {
      id = newTagId(taken);
      taken.add(id);
    } else if (!known.has(id)) {
      throw invalid(`tags.${index}.id`, '没有这个户类，请刷新后再改');
    } else if (seenIds.has(id)) {
      throw invalid(`tags.${index}.id`, '同一个户类出现了两次');
    }
    seenIds.add(id);
    tags.push({ id, name, active: entry.active, visitEveryDays: entry.visitEveryDays });
  });
  const dropped = current.tags.filter((t) => !seenIds.has(t.id));
  if (dropped.length > 0) {
    throw invalid('tags', `户类不能删除，只能停用：${dropped.map((t) => t.name).join('、')}`);
  }
  return { countyId: current.countyId, tags, quota: { ...input.quota }, version: current.version + 1 };
}

/** The tags a household may be given now. */
export function activeTags(rules: VisitRules): HouseholdTag[] {
  return rules.tags.filter((t) => t.active);
}
