import type { RequestDetailDto } from '../../cloudfunctions/contract';
import { snapshotStore } from '../support/snapshotStore';
import { dataOf, startTestCloud, type TestCloud } from '../support/testCloud';
import { allowTaskNotice, detail, file, lastSeq, messagesTo, step, stepRaw } from './support/requests';

/**
 * The county level through the local cloud: township staff take a request up
 * to the county with a reason; the county's staff find it in 我在办 (the
 * county's duty queue), take it, hand it to a 县直部门 with a deadline; the
 * resident reads that the county holds it and until when. A township's
 * staff see it but do not act on it; refusals write nothing and send nothing.
 */
let test: TestCloud;
beforeAll(async () => {
  test = await startTestCloud();
});
afterAll(() => test.close());

const TOWNSHIP = 'demo-staff-township'; // 黄文斌, 凉泉乡
const COUNTY = 'demo-staff-county'; // 钱卫东, 望江县
const VILLAGE = 'demo-staff-hubin'; // 李大毛, 湖滨村
const OTHER_VILLAGE = 'demo-staff-taihua'; // 方丽, 太华村
const CLERK = 'demo-dept-minzheng'; // 县民政局

/** A 帮扶解困 request of 王秀英's escalated by 汪德华 to 湖滨村 (李大毛), then to 凉泉乡 (黄文斌). */
async function atTownship(text: string): Promise<RequestDetailDto> {
  const filed = await file(test, 'demo-resident-wang', { categoryId: 'hardship', text });
  const inVillage = await step(test, 'demo-grid-wang', 'escalate', filed, { reason: '需要村里协调' });
  return step(test, VILLAGE, 'escalate', inVillage, { reason: '村里解决不了' });
}

async function refusedWithoutTrace(call: () => Promise<unknown>, code: string): Promise<void> {
  const before = await snapshotStore(test);
  const outbox = test.cloud.outbox().length;
  const result = await call();
  expect(result).toEqual(expect.objectContaining({ ok: false, code }));
  expect((result as { message: string }).message).toMatch(/[\u4e00-\u9fa5]/);
  expect(await snapshotStore(test)).toBe(before);
  expect(test.cloud.outbox().length).toBe(outbox);
}

const inboxIds = async (openid: string, view: 'mine' | 'area' = 'mine') =>
  dataOf(await test.call(openid, 'requests', 'inbox', { view })).items.map((item) => item.id);

describe('上报到县里', () => {
  it('township staff take it to the county with a reason; the county’s staff find it in 我在办 and hand it to a 县直部门', async () => {
    const request = await atTownship('低保停发三个月，乡里说要县里审批');
    expect(request.handler).toEqual(expect.objectContaining({ name: '黄文斌', level: 'township' }));
    await allowTaskNotice(test, COUNTY);
    const since = lastSeq(test);
    const atCounty = await step(test, TOWNSHIP, 'escalate', request, { reason: '需县民政局审批' });
    expect(atCounty).toEqual(expect.objectContaining({ state: 'escalated', handler: null, queued: true }));
    expect(messagesTo(test, COUNTY, since, request.id).map((m) => m.data.phrase2?.value)).toEqual(['待认领']);

    // The resident reads that the county holds it and until when, and the step in words.
    const seen = await detail(test, 'demo-resident-wang', request.id);
    expect(seen.county?.words).toMatch(/^望江县（限(\d+年)?\d+月\d+日前办结）$/);
    expect(seen.timeline.at(-1)).toEqual(
      expect.objectContaining({ what: expect.stringMatching(/^已上报到县里，由望江县值班工作人员负责，限(\d+年)?\d+月\d+日前办结$/) }),
    );

    // 我在办: the county's staff, not the township's; the township still lists it under 辖区全部.
    expect(await inboxIds(COUNTY)).toContain(request.id);
    expect(await inboxIds(TOWNSHIP)).not.toContain(request.id);
    expect(await inboxIds(TOWNSHIP, 'area')).toContain(request.id);
    const row = dataOf(await test.call(COUNTY, 'requests', 'inbox', { view: 'mine' })).items.find((item) => item.id === request.id);
    expect(row?.county?.words).toBe(seen.county?.words);
    expect(row?.deadline).toBe(seen.deadline);

    // The county's staff offer county bureaus only, and assign one with a deadline.
    const options = dataOf(await test.call(COUNTY, 'requests', 'handOptions', { requestId: request.id }));
    expect(options.departments.map((d) => d.level)).not.toContain('township');
    expect(options.departments.map((d) => d.name)).toContain('县民政局');
    const assigned = await step(test, COUNTY, 'assignDepartment', atCounty, { workdays: 5, note: '请县民政局审批' });
    expect(assigned.department).toEqual(expect.objectContaining({ name: '县民政局', open: true, returnsTo: 'county' }));
    expect(assigned.county).toBeNull();
    expect(await inboxIds(CLERK)).toContain(request.id);
    const back = await step(test, CLERK, 'returnToTownship', assigned, { reason: '应由县人社局办理' });
    expect(back).toEqual(
      expect.objectContaining({ state: 'escalated', handler: expect.objectContaining({ name: '钱卫东', level: 'county' }) }),
    );
    expect(back.timeline.at(-1)?.what).toBe('县民政局退回县里，由县里重新安排');
  });

  it('refuses, writing nothing: a village’s staff taking it to the county, anyone above the county, a township acting on the county’s', async () => {
    const request = await atTownship('危房改造补助一直没批');
    await refusedWithoutTrace(() => stepRaw(test, VILLAGE, 'escalate', request, { reason: '想上报县里' }), 'FORBIDDEN');
    await refusedWithoutTrace(() => stepRaw(test, OTHER_VILLAGE, 'escalate', request, { reason: '想上报县里' }), 'OUT_OF_JURISDICTION');
    const atCounty = await step(test, TOWNSHIP, 'escalate', request, { reason: '乡里无权审批' });
    await refusedWithoutTrace(() => stepRaw(test, COUNTY, 'escalate', atCounty, { reason: '再往上' }), 'TOP_LEVEL');
    for (const action of ['accept', 'assignDepartment', 'reject'] as const) {
      await refusedWithoutTrace(() => stepRaw(test, TOWNSHIP, action, atCounty), 'FORBIDDEN');
    }
    await refusedWithoutTrace(() => stepRaw(test, TOWNSHIP, 'reassign', atCounty, { personId: COUNTY }), 'FORBIDDEN');
    await refusedWithoutTrace(() => stepRaw(test, OTHER_VILLAGE, 'accept', atCounty), 'OUT_OF_JURISDICTION');
    await refusedWithoutTrace(
      () => stepRaw(test, COUNTY, 'assignDepartment', atCounty, { departmentId: 'dep-liangquan-minzheng' }),
      'DEPARTMENT_UNAVAILABLE',
    );
    // The township's staff still see it and may note it; the county takes it.
    expect((await detail(test, TOWNSHIP, request.id)).allowed).toEqual(['addNote']);
    const taken = await step(test, COUNTY, 'accept', atCounty);
    expect(taken.handler).toEqual(expect.objectContaining({ name: '钱卫东', level: 'county', place: '望江县' }));
  });
});
