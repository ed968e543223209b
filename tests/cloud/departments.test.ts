import type { HandOptionsDto, RequestDetailDto } from '../../cloudfunctions/contract';
import type { User } from '../../cloudfunctions/domain/people/User';
import { dataOf, startTestCloud, type TestCloud } from '../support/testCloud';
import { allowTaskNotice, detail, file, key, lastSeq, messagesTo, step, stepRaw } from './support/requests';
import { refusedWithoutTrace as refusedAt } from './support/refusedWithoutTrace';
import { versionOf } from './support/personVersion';

/**
 * 限期解决 and 改派 through the local cloud: a township assigns a department
 * with a deadline, the department accepts, works, resolves or hands it
 * back; past its deadline the township and the county are alerted (督办);
 * a handler reassigns with a note the resident reads. Every refusal writes
 * nothing and sends nothing.
 */
let test: TestCloud;
beforeAll(async () => {
  test = await startTestCloud();
});
afterEach(() => test.cloud.setClockOffset(0));
afterAll(() => test.close());

const DAY = 86_400_000;
const TOWNSHIP = 'demo-staff-township';
const CLERK = 'demo-dept-minzheng'; // 县民政局
const WATER = 'demo-dept-shuili'; // 县水利局

/** A 帮扶解困 request of 王秀英's escalated by 汪德华 to 湖滨村 (李大毛), then to 凉泉乡 (黄文斌). */
async function atTownship(text = '低保复核后补助停发了，家里没有收入'): Promise<RequestDetailDto> {
  const filed = await file(test, 'demo-resident-wang', { categoryId: 'hardship', text });
  const inVillage = await step(test, 'demo-grid-wang', 'escalate', filed, { reason: '需要村里协调' });
  return step(test, 'demo-staff-hubin', 'escalate', inVillage, { reason: '村里解决不了' });
}

const refusedWithoutTrace = (call: () => Promise<unknown>, code: string) => refusedAt(test, call, code);

/** An administrator whose staff scope is `staffScopeId` (a village's or a township's), added for one test. */
function placeAdmin(_id: string, name: string, staffScopeId: string): User {
  return {
    _id,
    name,
    phone: '',
    roles: ['staff', 'admin'],
    homeGridId: 'g-hubin-1',
    householdTags: [],
    gridDuties: [],
    nodeDuties: [],
    staffScopeId,
    elderMode: false,
    createdAt: new Date(),
  };
}

const inboxIds = async (openid: string, view: 'mine' | 'area' | 'done' = 'mine') =>
  dataOf(await test.call(openid, 'requests', 'inbox', { view })).items.map((item) => item.id);

describe('限期解决: township → department → resident', () => {
  it('is assigned with a deadline, accepted, worked and resolved by the department, and rated by the resident', async () => {
    const request = await atTownship();
    const options: HandOptionsDto = dataOf(await test.call(TOWNSHIP, 'requests', 'handOptions', { requestId: request.id }));
    // Those taking 帮扶解困 first; a county bureau and the township's station both serve it.
    expect(options.departments.map((d) => d.name).slice(0, 2)).toEqual(['凉泉乡民政所', '县民政局']);
    expect(options.departments.find((d) => d.name === '县水利局')?.takesCategory).toBe(false);
    await allowTaskNotice(test, CLERK);
    const since = lastSeq(test);
    const assigned = await step(test, TOWNSHIP, 'assignDepartment', request, { workdays: 5, note: '请核实低保条件' });
    expect(assigned).toEqual(expect.objectContaining({ state: 'assigned', handler: null }));
    expect(assigned.department).toEqual(expect.objectContaining({ name: '县民政局', overdue: false, open: true, returnsTo: 'township' }));
    expect(messagesTo(test, CLERK, since, request.id).map((m) => m.data.phrase2?.value)).toEqual(['新诉求']);

    // The resident reads who holds it and until when, and why.
    const seen = await detail(test, 'demo-resident-wang', request.id);
    expect(seen.department?.words).toMatch(/^县民政局（限\d+月\d+日前解决）$/);
    expect(seen.timeline.at(-1)).toEqual(
      expect.objectContaining({ what: expect.stringMatching(/^交由县民政局办理，限5个工作日内解决/), note: '请核实低保条件' }),
    );

    expect(await inboxIds(CLERK)).toContain(request.id);
    expect(await inboxIds(WATER)).not.toContain(request.id);
    const accepted = await step(test, CLERK, 'accept', assigned);
    expect(accepted.handler?.name).toBe('刘建华');
    expect(accepted.timeline.at(-1)?.what).toBe('县民政局受理了诉求，开始办理');
    const noted = dataOf(
      await test.call(CLERK, 'requests', 'addNote', {
        requestId: request.id,
        opId: key('n'),
        text: '已入户核实',
        photos: [],
        internal: false,
      }),
    );
    const resolved = await step(test, CLERK, 'resolve', noted, { outcome: '已恢复低保，补发三个月' });
    expect(resolved.department).toEqual(expect.objectContaining({ name: '县民政局', open: false }));
    expect(await inboxIds(CLERK)).not.toContain(request.id);
    expect(await inboxIds(CLERK, 'done')).not.toContain(request.id); // resolved waits for the rating
    const rated = await step(test, 'demo-resident-wang', 'rate', resolved, { stars: 5 });
    expect(rated.state).toBe('closed');
    expect(await inboxIds(CLERK, 'done')).toContain(request.id);
  });

  it('is handed back to the township staff member who assigned it, with the reason', async () => {
    const assigned = await step(test, TOWNSHIP, 'assignDepartment', await atTownship('危房改造补助怎么申请'));
    const back = await step(test, CLERK, 'returnToTownship', assigned, { reason: '危房改造归住建局，不归民政' });
    expect(back).toEqual(
      expect.objectContaining({ state: 'escalated', department: null, handler: expect.objectContaining({ name: '黄文斌' }) }),
    );
    const township = await detail(test, TOWNSHIP, back.id);
    expect(township.timeline.at(-1)).toEqual(
      expect.objectContaining({ what: '县民政局退回凉泉乡，由乡镇重新安排', note: '危房改造归住建局，不归民政' }),
    );
    expect(township.allowed).toEqual(expect.arrayContaining(['accept', 'assignDepartment', 'reassign']));
    expect(await inboxIds(CLERK)).not.toContain(back.id);
    expect(await inboxIds(TOWNSHIP)).toContain(back.id);
    // No longer theirs: the department cannot act on it any more.
    await refusedWithoutTrace(() => stepRaw(test, CLERK, 'accept', back), 'OUT_OF_JURISDICTION');
  });

  it('flags a department past its deadline to the township and the county (督办), once', async () => {
    const assigned = await step(test, TOWNSHIP, 'assignDepartment', await atTownship('残疾补贴没有到账'), { workdays: 1 });
    await allowTaskNotice(test, TOWNSHIP, 20);
    await allowTaskNotice(test, 'demo-staff-county', 20);
    const since = lastSeq(test);
    test.cloud.setClockOffset(5 * DAY);
    const { result } = await test.cloud.fireTimer('requests', 'sweep');
    expect(result).toEqual(expect.objectContaining({ ok: true }));
    const flagged = await detail(test, TOWNSHIP, assigned.id);
    expect(flagged.department).toEqual(expect.objectContaining({ overdue: true, open: true }));
    expect(flagged.state).toBe('assigned');
    expect(flagged.timeline.at(-1)?.what).toMatch(/^县民政局超过限期（\d+月\d+日）未解决，已提醒凉泉乡和县里督办$/);
    expect(messagesTo(test, TOWNSHIP, since, assigned.id).map((m) => m.data.phrase2?.value)).toEqual(['已超期']);
    expect(messagesTo(test, 'demo-staff-county', since, assigned.id).map((m) => m.data.phrase2?.value)).toEqual(['已超期']);
    const overdue = dataOf(await test.call(TOWNSHIP, 'requests', 'inbox', { view: 'area', overdue: true }));
    expect(overdue.items.map((item) => item.id)).toContain(assigned.id);
    // Flagged once: the next run leaves it alone.
    const again = lastSeq(test);
    await test.cloud.fireTimer('requests', 'sweep');
    expect(messagesTo(test, TOWNSHIP, again, assigned.id)).toEqual([]);
  });

  it('refuses, writing nothing: another department, a village staff member, a grid-level request, a retired department', async () => {
    const atTop = await atTownship('医保报销材料被退回');
    await refusedWithoutTrace(() => stepRaw(test, 'demo-staff-hubin', 'assignDepartment', atTop), 'FORBIDDEN');
    await refusedWithoutTrace(() => stepRaw(test, 'demo-staff-taihua', 'assignDepartment', atTop), 'OUT_OF_JURISDICTION');
    await refusedWithoutTrace(() => stepRaw(test, TOWNSHIP, 'assignDepartment', atTop, { departmentId: 'dep-nope' }), 'NOT_FOUND');
    const assigned = await step(test, TOWNSHIP, 'assignDepartment', atTop);
    await refusedWithoutTrace(() => stepRaw(test, WATER, 'accept', assigned), 'OUT_OF_JURISDICTION');
    await refusedWithoutTrace(() => stepRaw(test, WATER, 'returnToTownship', assigned), 'OUT_OF_JURISDICTION');
    await refusedWithoutTrace(() => test.call(WATER, 'requests', 'detail', { requestId: assigned.id }), 'OUT_OF_JURISDICTION');
    // Township staff no longer take it: it is the department's until it hands it back.
    await refusedWithoutTrace(() => stepRaw(test, TOWNSHIP, 'accept', assigned), 'FORBIDDEN');
    // Filing is for residents and cadres; a department's staff do not file or escalate.
    await refusedWithoutTrace(() => stepRaw(test, CLERK, 'escalate', assigned), 'FORBIDDEN');

    const atGrid = await file(test, 'demo-resident-wang', { categoryId: 'hardship', text: '门前水沟堵了' });
    await refusedWithoutTrace(() => stepRaw(test, TOWNSHIP, 'assignDepartment', atGrid), 'NOT_AT_TOWNSHIP');

    const retired = dataOf(
      await test.call('demo-admin', 'admin', 'saveDepartment', {
        clientKey: key('dep'),
        placeId: 't-liangquan',
        name: '凉泉乡农机站',
        categoryIds: [],
        active: false,
      }),
    );
    const other = await atTownship('农机补贴申请');
    await refusedWithoutTrace(
      () => stepRaw(test, TOWNSHIP, 'assignDepartment', other, { departmentId: retired.department.id }),
      'DEPARTMENT_UNAVAILABLE',
    );
  });
});

describe('改派: reassign with a note', () => {
  it('hands the request to a colleague, who is told, and the resident reads why', async () => {
    const request = await file(test, 'demo-resident-wang', { categoryId: 'environment', text: '邻居在排水沟边堆柴火' });
    expect(request.handler?.name).toBe('汪德华');
    const options: HandOptionsDto = dataOf(await test.call('demo-grid-wang', 'requests', 'handOptions', { requestId: request.id }));
    expect(options.people.map((p) => p.name)).toEqual(expect.arrayContaining(['周义青', '李大毛', '黄文斌']));
    expect(options.people.map((p) => p.name)).not.toContain('汪德华');
    expect(options.departments).toEqual([]);
    await allowTaskNotice(test, 'demo-grid-zhou');
    const since = lastSeq(test);
    const moved = await step(test, 'demo-grid-wang', 'reassign', request, {
      personId: 'demo-grid-zhou',
      note: '涉及邻里纠纷，请调解员处理',
    });
    expect(moved).toEqual(expect.objectContaining({ state: 'assigned', handler: expect.objectContaining({ name: '周义青' }) }));
    expect(messagesTo(test, 'demo-grid-zhou', since, request.id).map((m) => m.data.phrase2?.value)).toEqual(['新诉求']);
    const seen = await detail(test, 'demo-resident-wang', request.id);
    expect(seen.timeline.at(-1)).toEqual(
      expect.objectContaining({
        what: expect.stringMatching(/^改派：由第一网格.* 周义青（调解员） 办理/),
        note: '涉及邻里纠纷，请调解员处理',
      }),
    );
    // The former holder may no longer reassign it; someone with no duty there cannot be given it.
    await refusedWithoutTrace(() => stepRaw(test, 'demo-grid-wang', 'reassign', moved, { personId: 'demo-grid-guo' }), 'FORBIDDEN');
    await refusedWithoutTrace(() => stepRaw(test, 'demo-grid-zhou', 'reassign', moved, { personId: 'demo-grid-he' }), 'NOT_A_HANDLER_HERE');
  });
});

describe('administrators edit departments and their staff', () => {
  it('adds a department and a member, who then sees what is assigned to it', async () => {
    const saved = dataOf(
      await test.call('demo-admin', 'admin', 'saveDepartment', {
        clientKey: key('dep'),
        placeId: 'c-wangjiang',
        name: '县医保局',
        categoryIds: ['hardship', 'health'],
        active: true,
      }),
    );
    expect(saved.department).toEqual(expect.objectContaining({ level: 'county', name: '县医保局', staff: [] }));
    const joined = dataOf(
      await test.call('demo-admin', 'admin', 'setDepartmentMember', {
        departmentId: saved.department.id,
        userId: 'demo-resident-li',
        member: true,
        version: versionOf(test, 'demo-resident-li'),
      }),
    );
    expect(joined.roles).toEqual(['resident', 'departmentStaff']);
    const listed = dataOf(await test.call('demo-admin', 'admin', 'departments', { placeId: 'c-wangjiang' }));
    expect(listed.departments.find((d) => d.id === saved.department.id)?.staff.map((p) => p.name)).toEqual(['李建国']);
    const request = await step(test, TOWNSHIP, 'assignDepartment', await atTownship('医保报销慢'), {
      departmentId: saved.department.id,
    });
    expect(await inboxIds('demo-resident-li')).toContain(request.id);
    // In one department at a time.
    await refusedWithoutTrace(
      () =>
        test.call('demo-admin', 'admin', 'setDepartmentMember', {
          departmentId: 'dep-county-shuili',
          userId: 'demo-resident-li',
          member: true,
          version: versionOf(test, 'demo-resident-li'),
        }),
      'IN_ANOTHER_DEPARTMENT',
    );
  });

  it('refuses anyone but an administrator over the place, writing nothing', async () => {
    const payload = { placeId: 't-liangquan', name: '凉泉乡林业站', categoryIds: [], active: true, clientKey: 'forest-dep-1' };
    await refusedWithoutTrace(() => test.call(TOWNSHIP, 'admin', 'saveDepartment', payload), 'FORBIDDEN');
    await refusedWithoutTrace(() => test.call(CLERK, 'admin', 'departments', { placeId: 'c-wangjiang' }), 'FORBIDDEN');
    await test.cloud.store.insertMany('users', [placeAdmin('village-admin', '村管理员', 'v-hubin')]);
    await refusedWithoutTrace(() => test.call('village-admin', 'admin', 'saveDepartment', payload), 'OUT_OF_JURISDICTION');
    await refusedWithoutTrace(
      () =>
        test.call('village-admin', 'admin', 'setDepartmentMember', {
          departmentId: 'dep-county-minzheng',
          userId: 'demo-resident-sun',
          member: true,
          version: 0,
        }),
      'OUT_OF_JURISDICTION',
    );
    await refusedWithoutTrace(
      () => test.call('demo-admin', 'admin', 'saveDepartment', { ...payload, placeId: 'v-hubin' }),
      'INVALID_INPUT',
    );
  });

  it('answers OUT_OF_JURISDICTION to an edit of another place’s department, whatever place the editor sends', async () => {
    await test.cloud.store.insertMany('users', [placeAdmin('township-admin', '乡管理员', 't-liangquan')]);
    const { departments } = dataOf(await test.call('demo-admin', 'admin', 'departments', { placeId: 'c-wangjiang' }));
    const { version } = departments.find((d) => d.id === 'dep-county-minzheng')!;
    const county = { departmentId: 'dep-county-minzheng', name: '县民政局', categoryIds: [], active: false, version };
    // Its own township as the place, the county's department as the record: not theirs to edit.
    await refusedWithoutTrace(
      () => test.call('township-admin', 'admin', 'saveDepartment', { ...county, placeId: 't-liangquan' }),
      'OUT_OF_JURISDICTION',
    );
    // The county's administrator runs both places: the place it names is simply wrong.
    await refusedWithoutTrace(
      () => test.call('demo-admin', 'admin', 'saveDepartment', { ...county, placeId: 't-liangquan' }),
      'INVALID_INPUT',
    );
  });

  it('saves an edit only on the version the editor was opened at: a long-open editor does not overwrite another administrator', async () => {
    const listed = async () =>
      dataOf(await test.call('demo-admin', 'admin', 'departments', { placeId: 't-liangquan' })).departments.find(
        (d) => d.id === 'dep-liangquan-renshe',
      )!;
    const opened = await listed();
    const edit = { departmentId: opened.id, placeId: 't-liangquan', name: opened.name, categoryIds: opened.categoryIds, active: true };
    // Another administrator retires it meanwhile.
    dataOf(await test.call('demo-admin', 'admin', 'saveDepartment', { ...edit, active: false, version: opened.version }));
    await refusedWithoutTrace(
      () => test.call('demo-admin', 'admin', 'saveDepartment', { ...edit, name: '凉泉乡人社服务所', version: opened.version }),
      'CONFLICT',
    );
    await refusedWithoutTrace(() => test.call('demo-admin', 'admin', 'saveDepartment', { ...edit }), 'INVALID_INPUT');
    const now = await listed();
    expect(now).toMatchObject({ name: opened.name, active: false, version: opened.version + 1 });
  });
});
