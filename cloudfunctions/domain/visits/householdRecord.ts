import { isRetryOf } from '../shared/clientKeys';
import { DomainError } from '../shared/DomainError';
import type { CadreAssignment, Household, HouseholdMember, RecordLogEntry } from './Household';
import { dueFields } from './dueDate';
import { refOf, type Person } from './Person';
import type { VisitRules } from './VisitRules';
import { VISIT_LIMITS } from './vocabulary';

/** What a keeper fills in for a household. */
export interface HouseholdInput {
  gridId: string;
  group: string;
  address: string;
  members: HouseholdMember[];
  tags: string[];
  needs: string;
}

/** A change to a household: fields set, entries appended to its log. */
export interface HouseholdChange {
  set: Partial<Omit<Household, '_id' | 'log' | 'version'>>;
  log: RecordLogEntry[];
}

function invalid(path: string, message: string): DomainError {
  return new DomainError('INVALID_INPUT', message, [{ path, message }]);
}

/**
 * The members and tags checked: exactly one head (户主) who names the
 * household; tags from the county's list, active ones (a retired tag the
 * household already has may stay); nobody linked twice.
 */
function checkedInput(input: HouseholdInput, rules: VisitRules, previousTags: readonly string[]): HouseholdInput {
  const heads = input.members.filter((m) => m.relation === 'head');
  if (heads.length !== 1) throw invalid('members', heads.length === 0 ? '请填写户主' : '一户只能有一位户主');
  if (input.members.length > VISIT_LIMITS.membersPerHousehold)
    throw invalid('members', `一户最多登记${VISIT_LIMITS.membersPerHousehold}人`);
  const byId = new Map(rules.tags.map((t) => [t.id, t]));
  const tags = [...new Set(input.tags)];
  tags.forEach((id, index) => {
    const tag = byId.get(id);
    if (!tag) throw invalid(`tags.${index}`, '没有这个户类，请刷新后再选');
    if (!tag.active && !previousTags.includes(id)) throw invalid(`tags.${index}`, `户类“${tag.name}”已停用`);
  });
  const linked = input.members.map((m) => m.userId).filter((id): id is string => id !== null);
  if (new Set(linked).size !== linked.length) throw invalid('members', '同一个微信账号只能关联一位家庭成员');
  const members = input.members.map(canonicalMember);
  return { ...input, members, tags };
}

/** A member with its fields in one order (edits are compared field by field); no phone, nothing verified. */
function canonicalMember(m: HouseholdMember): HouseholdMember {
  return {
    name: m.name,
    relation: m.relation,
    ageBand: m.ageBand,
    phone: m.phone,
    phoneVerified: m.phone === '' ? false : m.phoneVerified,
    userId: m.userId,
  };
}

function memberUserIds(members: readonly HouseholdMember[]): string[] {
  return members.map((m) => m.userId).filter((id): id is string => id !== null);
}

export interface NewHouseholdInput {
  id: string;
  input: HouseholdInput;
  placeIds: string[];
  by: Person;
  now: Date;
  opId: string;
  rules: VisitRules;
}

/** A household as first recorded: never visited, due by its tags from the day it was recorded. */
export function newHousehold({ id, input, placeIds, by, now, opId, rules }: NewHouseholdInput): Household {
  const fields = checkedInput(input, rules, []);
  const draft = { tags: fields.tags, lastVisitAt: null, createdAt: now, placeIds };
  return {
    _id: id,
    gridId: fields.gridId,
    placeIds,
    group: fields.group,
    address: fields.address,
    members: fields.members,
    tags: fields.tags,
    needs: fields.needs,
    cadres: [] as CadreAssignment[],
    cadreIds: [],
    memberUserIds: memberUserIds(fields.members),
    lastVisitAt: null,
    lastVisitId: null,
    ...dueFields(draft, rules),
    version: 1,
    createdAt: now,
    updatedAt: now,
    log: [{ at: now, by: refOf(by), kind: 'recorded', what: '建立民情档案', opId }],
  };
}

const EDITABLE = ['gridId', 'group', 'address', 'members', 'tags', 'needs'] as const;

/**
 * An edit by a keeper: the fields as given, what they were before in the
 * log entry (nothing is lost), the due date again (tags or the grid may
 * have changed). Null when nothing changed.
 */
export function editHousehold(
  household: Household,
  input: HouseholdInput,
  change: { by: Person; now: Date; opId: string; rules: VisitRules; placeIds: string[] },
): HouseholdChange | null {
  const fields = checkedInput(input, change.rules, household.tags);
  const before: Record<string, unknown> = {};
  const set: HouseholdChange['set'] = {};
  for (const key of EDITABLE) {
    const was = key === 'members' ? household.members.map(canonicalMember) : household[key];
    if (JSON.stringify(was) === JSON.stringify(fields[key])) continue;
    before[key] = household[key];
    Object.assign(set, { [key]: fields[key] });
  }
  if (Object.keys(set).length === 0) return null;
  const placeIds = set.gridId ? change.placeIds : household.placeIds;
  Object.assign(set, {
    placeIds,
    memberUserIds: memberUserIds(fields.members),
    updatedAt: change.now,
    ...dueFields({ tags: fields.tags, lastVisitAt: household.lastVisitAt, createdAt: household.createdAt, placeIds }, change.rules),
  });
  const what = `修改了${Object.keys(before)
    .map((key) => FIELD_WORDS[key as (typeof EDITABLE)[number]])
    .join('、')}`;
  return { set, log: [{ at: change.now, by: refOf(change.by), kind: 'edited', what, opId: change.opId, before }] };
}

const FIELD_WORDS: Record<(typeof EDITABLE)[number], string> = {
  gridId: '所属网格',
  group: '屯/组',
  address: '门牌地址',
  members: '家庭成员',
  tags: '户类',
  needs: '需求',
};

export function applyHouseholdChange(household: Household, change: HouseholdChange): Household {
  return { ...household, ...change.set, log: [...household.log, ...change.log], version: household.version + 1 };
}

/** A step of the server's own key (a roster import's, which no phone's key can equal) was already written. */
export function loggedUnder(household: Pick<Household, 'log'>, opId: string): boolean {
  return household.log.some((entry) => entry.opId === opId);
}

/** A step with this key was already written: its retry; the key of another request is KEY_REUSED. */
export function alreadyLogged(household: Pick<Household, 'log'>, opId: string, fingerprint: string): boolean {
  return isRetryOf(household.log, opId, fingerprint);
}
