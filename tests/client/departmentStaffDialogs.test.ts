/**
 * 系统管理 → 部门 as an administrator uses it on the phone
 * (src/packages/admin/system/useDepartments.ts): ending a member asks first
 * with a dialog WeChat will show (a button of at most 4 characters: a longer
 * one and WeChat shows nothing, so nobody could ever be removed); adding
 * someone who works in another department asks to move them and, confirmed,
 * sends the move. The phone and the cloud are fake (support/fakeTaro.ts).
 */
import type { DepartmentDto, DepartmentsDto } from '@contract';
import { useDepartments } from '@/packages/admin/system/useDepartments';
import { phone, type CloudCall } from './support/fakeTaro';
import { flush, renderHook } from './support/renderHook';

const county = { id: 'c-wangjiang', name: '望江县', level: 'county' as const };
const liu = { id: 'demo-dept-minzheng', name: '刘建华', phone: '05565103001', roles: ['departmentStaff' as const], version: 2 };
const chen = { id: 'demo-dept-shuili', name: '陈水生', phone: '05565104001', roles: ['departmentStaff' as const], version: 5 };
const bureau: DepartmentDto = {
  id: 'dep-county-minzheng',
  name: '县民政局',
  level: 'county',
  place: county,
  categoryIds: [],
  active: true,
  version: 3,
  staff: [liu],
};
const listed: DepartmentsDto = { place: county, departments: [bureau], categories: [] };

async function settle(): Promise<void> {
  for (let i = 0; i < 10; i += 1) await flush();
}

const memberCalls = () => phone.calls.filter((c) => c.action === 'setDepartmentMember').map((c) => c.payload);

beforeEach(() => {
  phone.reset();
  phone.confirms = true;
  phone.cloud = (call: CloudCall) => {
    if (call.action === 'departments') return { ok: true, data: listed };
    if (call.action === 'setDepartmentMember' && call.payload.userId === chen.id && !call.payload.move) {
      return { ok: false, code: 'IN_ANOTHER_DEPARTMENT', message: '此人已是县水利局的工作人员；要调到县民政局，请确认调动' };
    }
    return { ok: true, data: { logId: 'log-1', roles: ['departmentStaff'] } };
  };
});

it('removes a member once the administrator confirms in a dialog WeChat can show', async () => {
  const page = renderHook(() => useDepartments(county));
  await settle();
  page.run((state) => void state.endStaff(bureau, liu));
  await settle();
  expect(phone.dialogs).toEqual([expect.stringContaining('刘建华')]);
  expect(memberCalls()).toEqual([{ departmentId: bureau.id, userId: liu.id, member: false, version: 2 }]);
  page.unmount();
});

it('asks before moving someone from another department, and moves them once confirmed', async () => {
  const page = renderHook(() => useDepartments(county));
  await settle();
  page.run((state) => void state.addStaff(bureau, chen));
  await settle();
  expect(phone.dialogs).toEqual([expect.stringContaining('陈水生')]);
  expect(memberCalls()).toEqual([
    { departmentId: bureau.id, userId: chen.id, member: true, version: 5 },
    { departmentId: bureau.id, userId: chen.id, member: true, move: true, version: 5 },
  ]);
  page.unmount();
});

it('sends the version the person was shown at; another administrator changed them first: the list as stored now', async () => {
  phone.cloud = (call: CloudCall) => {
    if (call.action === 'departments') return { ok: true, data: listed };
    return { ok: false, code: 'CONFLICT', message: '这个人的信息刚刚有变动，已显示最新的内容，请核对后再改' };
  };
  const page = renderHook(() => useDepartments(county));
  await settle();
  const loads = phone.callsOf('departments').length;
  page.run((state) => void state.addStaff(bureau, chen));
  await settle();
  expect(memberCalls()).toEqual([{ departmentId: bureau.id, userId: chen.id, member: true, version: 5 }]);
  expect(phone.callsOf('departments').length).toBe(loads + 1);
  page.unmount();
});

it('refuses a dialog whose button WeChat would not show, in every build', async () => {
  const { confirm } = await import('@/utils/confirm');
  await expect(confirm('确定吗？', '取消工作人员')).rejects.toThrow(/4 characters/);
  await expect(confirm('确定吗？', '取消任职')).resolves.toBe(true);
});

it('retires a department on the version it was shown at; refused because another administrator saved first, it shows what is stored now', async () => {
  phone.cloud = (call: CloudCall) => {
    if (call.action === 'departments') return { ok: true, data: listed };
    return { ok: false, code: 'CONFLICT', message: '这个部门刚被别的管理员改过，页面已显示最新内容；请看一看，需要的话再改一次' };
  };
  const page = renderHook(() => useDepartments(county));
  await settle();
  const listReads = () => phone.calls.filter((c) => c.action === 'departments').length;
  const readsBefore = listReads();
  page.run((state) => void state.setActive(bureau, false));
  await settle();
  expect(phone.calls.filter((c) => c.action === 'saveDepartment').map((c) => c.payload)).toEqual([
    { departmentId: bureau.id, placeId: county.id, name: bureau.name, categoryIds: [], active: false, version: 3 },
  ]);
  expect(listReads()).toBe(readsBefore + 1);
  page.unmount();
});
