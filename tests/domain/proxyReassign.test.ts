import { recordMaterials, requireAt, type ProxyStep } from '../../cloudfunctions/domain/proxy/caseSteps';
import { openProxyCase } from '../../cloudfunctions/domain/proxy/openProxyCase';
import type { ProxyCase } from '../../cloudfunctions/domain/proxy/ProxyCase';
import { saveProxyItem } from '../../cloudfunctions/domain/proxy/saveProxyItem';
import { caseAssigneeRefusal, mayReassignCase, reassignCase } from '../../cloudfunctions/domain/proxy/reassignCase';
import type { User } from '../../cloudfunctions/domain/people/User';
import { duty, MONDAY, NO_HOLIDAYS, PLACE_IDS, user } from './support/requests';
import { refusalCode } from './support/refusalCode';

/** 改派 of a 代办件: staff over it (or its agent still in charge) hand it to someone who serves its grid. */
const admin = user('a-root', { roles: ['staff', 'admin'], staffScopeId: 'c1' });
const townshipStaff = user('s-t1', { name: '乡镇干部', roles: ['staff'], staffScopeId: 't1' });
const otherTownship = user('s-t2', { name: '外乡干部', roles: ['staff'], staffScopeId: 't2' });
const agent = user('m-head', { name: '汪德华', roles: ['gridMember'], gridDuties: [duty(['other'])] });
const colleague = user('m-zhou', { name: '周义青', roles: ['gridMember'], gridDuties: [duty(['other'])] });
const farAgent = user('m-far', { name: '外网格', roles: ['gridMember'], gridDuties: [duty(['other'], '网格员', false, 'g9')] });
const exMember = user('m-ex', { name: '卸任', roles: ['resident'], gridDuties: [duty(['other'])] });
const later = new Date(MONDAY.getTime() + 3_600_000);

function open(): ProxyCase {
  const item = saveProxyItem(
    admin,
    { parentId: null },
    null,
    {
      name: '身份证',
      materials: ['户口簿', '照片'],
      departmentId: null,
      officeName: '乡派出所',
      stageDays: { receive: 1, send: 2, conclude: 10, handBack: 2 },
      guide: '',
      active: true,
      order: 1,
    },
    { department: null, siblings: [], newId: 'item-1', now: MONDAY },
  );
  const resident = { id: null, name: '王秀英', phone: '13905560101', household: '汪屋组12号' };
  const input = { id: 'case-1', code: 'DB-1', clientKey: 'key-00000001', now: MONDAY, agent, item, gridId: 'g1' };
  return openProxyCase({ ...input, placeIds: PLACE_IDS, resident, checked: [], photos: [], uploads: 'proxy/a/' }, NO_HOLIDAYS);
}

const step = (c: ProxyCase, actor: User, opId = 'op-reassign-1'): ProxyStep => ({
  actor: { id: actor._id, name: actor.name, roles: actor.roles, gridDuties: actor.gridDuties, staffScopeId: actor.staffScopeId },
  now: later,
  opId,
  version: c.version,
  uploads: `proxy/${actor._id}/`,
});

describe('reassignCase', () => {
  it('hands the case to the new agent, keeps the stage and its deadline, and says who, from whom and why', () => {
    const opened = open();
    const moved = reassignCase(opened, { person: colleague, reason: '原代办员已调走' }, step(opened, townshipStaff));
    expect(moved).toMatchObject({ agentId: 'm-zhou', agentName: '周义青', stage: 'receive', version: opened.version + 1 });
    expect(moved.stages).toEqual(opened.stages);
    expect(moved.deadline).toEqual(opened.deadline);
    expect(moved.timeline.at(-1)).toMatchObject({
      step: 'reassign',
      by: 's-t1',
      byName: '乡镇干部',
      what: '改派：由汪德华改为周义青经办，原因：原代办员已调走',
      opId: 'op-reassign-1',
    });
    // The new agent takes the next step; the old one is refused.
    const received = recordMaterials(moved, { checked: ['户口簿'], photos: [] }, step(moved, colleague, 'op-rcv-1'), NO_HOLIDAYS);
    expect(received.materialsChecked).toEqual(['户口簿']);
    expect(refusalCode(() => requireAt(moved, 'receive', step(moved, agent)))).toBe('FORBIDDEN');
  });

  it('lets staff over the place and the agent still in charge reassign, nobody else', () => {
    const opened = open();
    expect(mayReassignCase(opened, admin)).toBe(true);
    expect(mayReassignCase(opened, townshipStaff)).toBe(true);
    expect(mayReassignCase(opened, agent)).toBe(true);
    expect(mayReassignCase(opened, otherTownship)).toBe(false);
    expect(mayReassignCase(opened, colleague)).toBe(false);
    const reassign = (actor: User) => () => reassignCase(opened, { person: colleague, reason: '调整' }, step(opened, actor));
    expect(refusalCode(reassign(otherTownship))).toBe('FORBIDDEN');
    expect(refusalCode(reassign(colleague))).toBe('FORBIDDEN');
    // The agent moved to another grid no longer hands it on: staff over it do.
    const moved = { ...agent, gridDuties: [duty(['other'], '网格员', false, 'g9')] };
    expect(refusalCode(reassign(moved))).toBe('NO_LONGER_IN_CHARGE');
  });

  it('gives it only to someone who serves its grid now, and not to its agent', () => {
    const opened = open();
    expect(caseAssigneeRefusal(opened, colleague)).toBeNull();
    expect(caseAssigneeRefusal(opened, townshipStaff)).toBeNull();
    expect(caseAssigneeRefusal(opened, farAgent)?.code).toBe('NOT_A_HANDLER_HERE');
    expect(caseAssigneeRefusal(opened, otherTownship)?.code).toBe('NOT_A_HANDLER_HERE');
    // A grid duty left on a person whose 网格员 role was removed serves nothing.
    expect(caseAssigneeRefusal(opened, exMember)?.code).toBe('NOT_A_HANDLER_HERE');
    expect(caseAssigneeRefusal(opened, agent)?.code).toBe('INVALID_INPUT');
    expect(refusalCode(() => reassignCase(opened, { person: farAgent, reason: '调整' }, step(opened, townshipStaff)))).toBe(
      'NOT_A_HANDLER_HERE',
    );
  });

  it('refuses a case handed back, and a version moved on since the screen was opened', () => {
    const opened = open();
    const stale = { ...step(opened, townshipStaff), version: opened.version - 1 };
    expect(refusalCode(() => reassignCase(opened, { person: colleague, reason: '调整' }, stale))).toBe('CONFLICT');
    const done: ProxyCase = { ...opened, stage: 'done', open: false };
    expect(refusalCode(() => reassignCase(done, { person: colleague, reason: '调整' }, step(done, townshipStaff)))).toBe(
      'CASE_STEP_OUT_OF_ORDER',
    );
  });
});
