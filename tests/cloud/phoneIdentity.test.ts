import type { Envelope } from '../../cloudfunctions/contract';
import { envelopeCode } from '../support/codes';
import { issuePhoneCode } from '../support/phoneCode';
import { resetDemoData } from '../support/resetDemoData';
import { snapshotStore } from '../support/snapshotStore';
import { dataOf, startTestCloud, type TestCloud } from '../support/testCloud';
import { file, key } from './support/requests';

/**
 * A phone number is not an identity. Only a number WeChat verified for an
 * account (绑定手机号) gives rights; a typed one is contact information.
 * 王秀英 (demo-resident-wang) verified 13905560101; 吴德旺 has no account,
 * and 吴海燕 filed demo-rq-6 for him (代办) under 13905569001.
 */
let test: TestCloud;
beforeAll(async () => {
  test = await startTestCloud();
});
afterAll(() => test.close());
beforeEach(() => resetDemoData(test));

const WANG_PHONE = '13905560101';
const WU_PHONE = '13905569001';

const user = (id: string) => test.cloud.store.find('users', { _id: id })[0] as Record<string, unknown> | undefined;

function report(name: string, phone: string, gridId: string, branchId: string) {
  return { name, phone, branchId, employer: '外出务工', gridId, skillKindIds: [], skills: '', clientKey: key('reg') };
}

async function refusedWritingNothing(run: () => Promise<Envelope<unknown>>, code?: string): Promise<void> {
  const before = await snapshotStore(test);
  const result = await run();
  expect(result.ok).toBe(false);
  if (code) expect(envelopeCode(result)).toBe(code);
  expect(await snapshotStore(test)).toBe(before);
}

describe('taking over requests through the party-member report', () => {
  it('refuses a report under a number another account verified, writing nothing', async () => {
    dataOf(await test.call('stranger-1', 'users', 'chooseGrid', { gridId: 'g-hubin-1' }));
    await refusedWritingNothing(
      () => test.call('stranger-1', 'posts', 'register', report('王秀英', WANG_PHONE, 'g-hubin-1', 'b-hubin')),
      'PHONE_TAKEN',
    );
    expect(dataOf(await test.call('stranger-1', 'requests', 'mine', { status: 'open' })).items).toEqual([]);
    expect(envelopeCode(await test.call('stranger-1', 'requests', 'detail', { requestId: 'demo-rq-2' }))).toBe('OUT_OF_JURISDICTION');
  });

  it('keeps a typed number on the report only: approval gives the account no phone, and no 代办 request', async () => {
    dataOf(await test.call('stranger-2', 'users', 'chooseGrid', { gridId: 'g-taihua-3' }));
    const pending = dataOf(await test.call('stranger-2', 'posts', 'register', report('吴德旺', WU_PHONE, 'g-taihua-3', 'b-taihua')));
    expect(pending).toMatchObject({ phone: WU_PHONE, phoneVerified: false, rosterName: null });
    // Staff see, before deciding, that the number is unverified.
    const listed = dataOf(await test.call('demo-staff-taihua', 'posts', 'registrations', { status: 'pending' }));
    expect(listed.registrations.find((r) => r.memberId === 'stranger-2')).toMatchObject({ phoneVerified: false, rosterName: null });
    dataOf(await test.call('demo-staff-taihua', 'posts', 'decideRegistration', { memberId: 'stranger-2', decision: 'approve' }));
    expect(user('stranger-2')).toMatchObject({ phone: '', roles: ['resident', 'partyMember'] });

    expect(dataOf(await test.call('stranger-2', 'requests', 'mine', { status: 'open' })).items.map((i) => i.id)).not.toContain('demo-rq-6');
    expect(envelopeCode(await test.call('stranger-2', 'requests', 'detail', { requestId: 'demo-rq-6' }))).toBe('OUT_OF_JURISDICTION');
    const resolved = test.cloud.store.find('requests', { _id: 'demo-rq-6' })[0] as { version: number };
    await refusedWritingNothing(() =>
      test.call('stranger-2', 'requests', 'rate', { requestId: 'demo-rq-6', version: resolved.version, opId: key('rate'), stars: 1 }),
    );
  });

  it("counts the reporter's own verified number as verified, and tells staff the roster's name for it", async () => {
    const form = dataOf(await test.call('demo-resident-li', 'posts', 'registrationForm', { gridId: 'g-hubin-2' }));
    expect(form).toMatchObject({ verifiedPhone: '13905560102', phone: '13905560102' });
    const own = dataOf(await test.call('demo-resident-li', 'posts', 'register', report('李建国', '13905560102', 'g-hubin-2', 'b-hubin')));
    expect(own).toMatchObject({ phoneVerified: true, rosterName: '李建国' });
    // A number the roster knows under another name, typed by someone else: unverified, with the roster's name to compare.
    await test.cloud.store.insertMany('users', [
      {
        _id: 'roster-13905568000',
        name: '郭大牛',
        phone: '13905568000',
        roles: ['resident'],
        homeGridId: 'g-hubin-2',
        householdTags: [],
        gridDuties: [],
        nodeDuties: [],
        staffScopeId: null,
        elderMode: false,
        createdAt: new Date(),
        contactPhone: null,
        rosterName: '郭大牛',
      },
    ]);
    dataOf(await test.call('stranger-3', 'users', 'chooseGrid', { gridId: 'g-hubin-2' }));
    const other = dataOf(await test.call('stranger-3', 'posts', 'register', report('郭小牛', '13905568000', 'g-hubin-2', 'b-hubin')));
    expect(other).toMatchObject({ phoneVerified: false, rosterName: '郭大牛' });
    // Staff see it checked as things stand now, reports from before included.
    const pending = dataOf(await test.call('demo-staff-hubin', 'posts', 'registrations', { status: 'pending' })).registrations;
    expect(pending.find((r) => r.memberId === 'demo-resident-li')).toMatchObject({ phoneVerified: true, rosterName: '李建国' });
    expect(pending.find((r) => r.memberId === 'stranger-3')).toMatchObject({ phoneVerified: false, rosterName: '郭大牛' });
    // 徐志远 reported with the number he had bound.
    expect(pending.find((r) => r.memberId === 'demo-party-xu')).toMatchObject({ phoneVerified: true, rosterName: '徐志远' });
  });
});

describe("filing in someone else's name", () => {
  it('refuses a contact number WeChat verified for someone else, writing nothing', async () => {
    dataOf(await test.call('stranger-4', 'users', 'chooseGrid', { gridId: 'g-hubin-1' }));
    await refusedWritingNothing(
      () =>
        test.call('stranger-4', 'requests', 'submit', {
          clientKey: key('fake'),
          gridId: 'g-hubin-1',
          categoryId: 'environment',
          text: '村口路灯坏了',
          photos: [],
          publicName: false,
          contactName: '王秀英',
          contactPhone: WANG_PHONE,
        }),
      'PHONE_TAKEN',
    );
    expect(
      dataOf(await test.call('demo-resident-wang', 'requests', 'mine', { status: 'open' })).items.every((i) => i.relation === 'own'),
    ).toBe(true);
  });

  it("files under the filer's own account: the named person never sees it as theirs, handlers see the number unverified", async () => {
    dataOf(await test.call('stranger-5', 'users', 'chooseGrid', { gridId: 'g-taihua-3' }));
    const filed = await file(test, 'stranger-5', {
      gridId: 'g-taihua-3',
      categoryId: 'other',
      contactName: '吴德旺',
      contactPhone: WU_PHONE,
    });
    expect(filed.relation).toBe('own');
    expect(filed.resident).toEqual({ name: '吴德旺', phone: WU_PHONE, phoneVerified: false, household: null });
    const stored = test.cloud.store.find('requests', { _id: filed.id })[0] as { residentId: string };
    expect(stored.residentId).toBe('stranger-5');

    // 吴德旺 gets the app and WeChat verifies his number: his 代办 request is his, the false filing is not.
    dataOf(await test.call('wx-wu-dewang', 'users', 'chooseGrid', { gridId: 'g-taihua-3' }));
    const code = await issuePhoneCode(test.cloud.url, WU_PHONE);
    dataOf(await test.call('wx-wu-dewang', 'users', 'linkPhone', { code }));
    const mine = dataOf(await test.call('wx-wu-dewang', 'requests', 'mine', { status: 'open' })).items.map((i) => i.id);
    expect(mine).toContain('demo-rq-6');
    expect(mine).not.toContain(filed.id);
    expect(envelopeCode(await test.call('wx-wu-dewang', 'requests', 'detail', { requestId: filed.id }))).toBe('OUT_OF_JURISDICTION');
    // The handler still sees who to call.
    const handlerView = dataOf(await test.call('demo-grid-wu', 'requests', 'detail', { requestId: filed.id }));
    expect(handlerView.resident).toEqual({ name: '吴德旺', phone: WU_PHONE, phoneVerified: false, household: null });
  });

  it('asks a first filer once for a name and a way to be reached, and then remembers it', async () => {
    dataOf(await test.call('stranger-6', 'users', 'chooseGrid', { gridId: 'g-hubin-1' }));
    const options = dataOf(await test.call('stranger-6', 'requests', 'formOptions', {}));
    expect(options).toMatchObject({ hasName: false, hasPhone: false, contactPhone: null, phoneVerified: false });
    const base = { gridId: 'g-hubin-1', categoryId: 'environment', text: '垃圾没人收', photos: [], publicName: false };
    for (const [fields, path] of [
      [{}, 'contactName'],
      [{ contactName: '何大姐' }, 'contactPhone'],
    ] as const) {
      await refusedWritingNothing(async () => {
        const result = await test.call('stranger-6', 'requests', 'submit', { ...base, clientKey: key('ask'), ...fields });
        expect(result).toMatchObject({ ok: false, code: 'INVALID_INPUT', fields: [expect.objectContaining({ path })] });
        return result;
      });
    }
    // Leaving no number is an answer too: the handler is told plainly.
    const first = dataOf(
      await test.call('stranger-6', 'requests', 'submit', { ...base, clientKey: key('ask'), contactName: '何大姐', noPhone: true }),
    );
    expect(first.request.resident).toEqual({ name: '何大姐', phone: '', phoneVerified: false, household: null });
    expect(first.request.timeline[0].actor).toBe('我');
    expect(dataOf(await test.call('stranger-6', 'requests', 'formOptions', {}))).toMatchObject({
      hasName: true,
      hasPhone: true,
      contactPhone: null,
    });
    const second = dataOf(await test.call('stranger-6', 'requests', 'submit', { ...base, clientKey: key('ask') }));
    expect(second.request.resident?.name).toBe('何大姐');
    expect(user('stranger-6')).toMatchObject({ name: '何大姐', phone: '', contactPhone: '' });
  });
});
