/**
 * The forms that create something send it under one key per form
 * (hooks/useStepKey): a save sent again after its answer was lost carries
 * the same key (the server makes it once), a new form carries a new one,
 * and a key refused as KEY_REUSED is not sent again. The phone and the
 * cloud are fake (support/fakeTaro.ts).
 */
import type { DepartmentsDto, ServiceDayListDto, StaffPostsDto } from '@contract';
import { useRecordForm, type RecordFormSpec } from '@/hooks/useRecordForm';
import { useDepartments } from '@/packages/admin/system/useDepartments';
import { usePostForm } from '@/packages/party/post-form/usePostForm';
import { useServiceDayEditor } from '@/packages/servicedays/edit/useServiceDayEditor';
import { CloudError } from '@/services/errors';
import { phone, type CloudCall } from './support/fakeTaro';
import { flush, renderHook } from './support/renderHook';

async function settle(): Promise<void> {
  for (let i = 0; i < 10; i += 1) await flush();
}

const keysOf = (action: string) => phone.callsOf(action).map((call) => call.payload.clientKey);

beforeEach(() => phone.reset());

describe('a new post (usePostForm)', () => {
  const hubin1 = { id: 'g-hubin-1', name: '第一网格', level: 'grid' as const };
  const staffPosts: StaffPostsDto = {
    scope: hubin1,
    villages: [],
    grid: hubin1,
    kinds: [{ id: 'securityPatrol', name: '治安巡逻', description: '' }],
    posts: [],
    maxActivePosts: 3,
    claimLimitVersion: 0,
  };

  function openForm(answer: (call: CloudCall) => unknown) {
    phone.pageParams = { gridId: hubin1.id };
    phone.cloud = (call) => (call.action === 'staffPosts' ? { ok: true, data: staffPosts } : answer(call));
    const page = renderHook(() => usePostForm());
    return page;
  }
  async function fill(page: ReturnType<typeof openForm>): Promise<void> {
    await settle();
    page.run((state) => state.change({ kindId: 'securityPatrol', title: '夜间巡逻', duties: '每周两晚巡查' }));
  }
  async function save(page: ReturnType<typeof openForm>): Promise<void> {
    page.run((state) => void state.save());
    await settle();
  }
  const created = { ok: true, data: { id: 'post-1' } };

  it('sent again after a lost answer carries the same key; a new form carries a new one', async () => {
    const page = openForm(() => created);
    await fill(page);
    phone.loseAnswers = true;
    await save(page);
    phone.loseAnswers = false;
    await save(page);
    const [first, ...resent] = keysOf('createPost');
    expect(first).toEqual(expect.stringMatching(/^[A-Za-z0-9_-]{8,64}$/));
    expect(resent.length).toBeGreaterThanOrEqual(1);
    expect(resent.every((key) => key === first)).toBe(true);
    page.unmount();

    const next = openForm(() => created);
    await fill(next);
    await save(next);
    expect(keysOf('createPost').at(-1)).not.toBe(first);
    next.unmount();
  });

  it('after KEY_REUSED the next save goes under a new key', async () => {
    let refuse = true;
    const page = openForm(() => (refuse ? { ok: false, code: 'KEY_REUSED', message: '编号重复' } : created));
    await fill(page);
    await save(page);
    refuse = false;
    await save(page);
    const [refused, taken] = keysOf('createPost');
    expect(taken).not.toBe(refused);
    page.unmount();
  });

  it('KEY_REUSED naming the post its key made: that post opens to edit, and no second one is set up', async () => {
    const page = openForm(() => ({ ok: false, code: 'KEY_REUSED', message: '编号重复', details: ['post-made'] }));
    await fill(page);
    await save(page);
    expect(phone.callsOf('createPost')).toHaveLength(1);
    expect(phone.dialogs).toEqual([expect.stringContaining('已经保存好了')]);
    expect(phone.navigations).toEqual([`/packages/party/post-form/index?gridId=${hubin1.id}&postId=post-made`]);
    page.unmount();
  });
});

describe('a new service day (useServiceDayEditor)', () => {
  const township = { id: 't-liangquan', name: '凉泉乡', level: 'township' as const };
  const list: ServiceDayListDto = { places: [township], serviceDays: [], sessions: [] };

  it('sent again after a lost answer carries the same key', async () => {
    phone.cloud = (call) => (call.action === 'listServiceDays' ? { ok: true, data: list } : { ok: true, data: {} });
    const page = renderHook(() => useServiceDayEditor(undefined));
    await settle();
    page.run((state) => state.set({ placeId: township.id, title: '便民服务日', venue: '为民服务大厅' }));
    phone.loseAnswers = true;
    page.run((state) => void state.save());
    await settle();
    phone.loseAnswers = false;
    page.run((state) => void state.save());
    await settle();
    const keys = keysOf('saveServiceDay');
    expect(keys.length).toBeGreaterThanOrEqual(2);
    expect(keys[0]).toEqual(expect.any(String));
    expect(new Set(keys).size).toBe(1);
    page.unmount();
  });

  it('KEY_REUSED naming the day its key made: that day opens to edit, and no second one is made', async () => {
    phone.cloud = (call) =>
      call.action === 'listServiceDays'
        ? { ok: true, data: list }
        : { ok: false, code: 'KEY_REUSED', message: '编号重复', details: ['sd-made'] };
    const page = renderHook(() => useServiceDayEditor(undefined));
    await settle();
    page.run((state) => state.set({ placeId: township.id, title: '便民服务日', venue: '为民服务大厅' }));
    page.run((state) => void state.save());
    await settle();
    expect(phone.callsOf('saveServiceDay')).toHaveLength(1);
    expect(phone.dialogs).toEqual([expect.stringContaining('已经保存好了')]);
    expect(phone.navigations).toEqual(['/packages/servicedays/edit/index?id=sd-made']);
    page.unmount();
  });
});

describe('an editor’s form (useRecordForm: 诉求类别, 代办事项)', () => {
  interface Form {
    id: string | null;
    version: number;
    name: string;
  }

  it('saves of one opening share a key until one goes through; opening the form again starts a new key', async () => {
    const sent: string[] = [];
    let fail = true;
    const spec: RecordFormSpec<Form, 'name'> = {
      problems: () => ({}),
      send: (_form, clientKey) => {
        sent.push(clientKey);
        return fail ? Promise.reject(new Error('网络不太好')) : Promise.resolve({});
      },
      saved: () => '已保存',
      hints: () => ({}),
      made: () => Promise.resolve(null),
      afterSave: () => undefined,
    };
    const page = renderHook(() => useRecordForm<Form, 'name'>(spec));
    page.run((state) => state.open({ id: null, version: 0, name: '农机补贴' }));
    page.run((state) => void state.save());
    await settle();
    fail = false;
    page.run((state) => void state.save());
    await settle();
    page.run((state) => state.open({ id: null, version: 0, name: '危房改造' }));
    page.run((state) => void state.save());
    await settle();
    expect(sent).toHaveLength(3);
    expect(sent[0]).toEqual(expect.any(String));
    expect(sent[1]).toBe(sent[0]);
    expect(sent[2]).not.toBe(sent[0]);
    page.unmount();
  });

  it('KEY_REUSED naming the record its key made: the form becomes that record’s edit, and the next save edits it', async () => {
    const sent: Form[] = [];
    const madeId = 'cat-made';
    const stored: Form = { id: madeId, version: 1, name: '农机补贴' };
    const spec: RecordFormSpec<Form, 'name'> = {
      problems: () => ({}),
      send: (form) => {
        sent.push(form);
        return sent.length === 1 ? Promise.reject(new CloudError('KEY_REUSED', '编号重复', undefined, [madeId])) : Promise.resolve({});
      },
      saved: () => '已保存',
      hints: () => ({}),
      made: (id) => Promise.resolve(id === madeId ? stored : null),
      afterSave: () => undefined,
    };
    const page = renderHook(() => useRecordForm<Form, 'name'>(spec));
    page.run((state) => state.open({ id: null, version: 0, name: '农机补帖' }));
    page.run((state) => void state.save());
    await settle();
    expect(page.current.form).toEqual(stored);
    page.run((state) => state.change({ name: '农机购置补贴' }));
    page.run((state) => void state.save());
    await settle();
    expect(sent.map((form) => form.id)).toEqual([null, 'cat-made']);
    expect(sent[1]).toMatchObject({ version: 1, name: '农机购置补贴' });
    page.unmount();
  });
});

describe('a new department (useDepartments)', () => {
  const county = { id: 'c-wangjiang', name: '望江县', level: 'county' as const };
  const listed: DepartmentsDto = { place: county, departments: [], categories: [] };

  it('KEY_REUSED naming the department its key made: the add form empties onto the list, and no second one is added', async () => {
    phone.cloud = (call) =>
      call.action === 'departments'
        ? { ok: true, data: listed }
        : { ok: false, code: 'KEY_REUSED', message: '编号重复', details: ['dep-made'] };
    const page = renderHook(() => useDepartments(county));
    await settle();
    page.run((state) => state.setName('县水利局'));
    page.run((state) => void state.add());
    await settle();
    expect(phone.callsOf('saveDepartment')).toHaveLength(1);
    expect(page.current.name).toBe('');
    expect(phone.callsOf('departments').length).toBeGreaterThanOrEqual(2);
    page.unmount();
  });
});
