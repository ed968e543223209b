/**
 * Editors save on the version they were opened at (hooks/useOpenedVersion):
 * the post form (src/packages/party/post-form/usePostForm.ts) and 走访设置
 * (src/packages/visits/rules/useRulesForm.ts). Refused because someone else
 * saved meanwhile (CONFLICT), the form keeps what was typed and the next
 * save is on the version stored now. The phone and the cloud are fake
 * (support/fakeTaro.ts).
 */
import type { StaffPostDto, StaffPostsDto, VisitRulesDto } from '@contract';
import { usePostForm } from '@/packages/party/post-form/usePostForm';
import { useRulesForm } from '@/packages/visits/rules/useRulesForm';
import { phone, type CloudCall } from './support/fakeTaro';
import { flush, renderHook } from './support/renderHook';

const hubin1 = { id: 'g-hubin-1', name: '第一网格', level: 'grid' as const };
const patrol = { id: 'securityPatrol', name: '治安巡逻', description: '' };

async function settle(): Promise<void> {
  for (let i = 0; i < 10; i += 1) await flush();
}

interface Editing<T, R> {
  read: string;
  write: string;
  stored: T;
  versionOf: (stored: T) => number;
  /** What is stored after a save on the current version (one version on), and what the save answers. */
  written: (payload: Record<string, unknown>, stored: T) => { stored: T; answer: R };
}

/** A cloud holding one record: a save on another version than the stored one is refused, one on it moves it on. */
function versionedCloud<T, R>(editing: Editing<T, R>): { stored: T } {
  const cloud = { stored: editing.stored };
  phone.cloud = (call: CloudCall) => {
    if (call.action === editing.read) return { ok: true, data: cloud.stored };
    if (call.action !== editing.write) return { ok: false, code: 'INTERNAL', message: '不在本测试里' };
    if (call.payload.version !== editing.versionOf(cloud.stored)) {
      return { ok: false, code: 'CONFLICT', message: '刚被别人改过；您填的内容还在，请核对后再保存一次' };
    }
    const { stored, answer } = editing.written(call.payload, cloud.stored);
    cloud.stored = stored;
    return { ok: true, data: answer };
  };
  return cloud;
}

const versionsSent = (action: string) => phone.calls.filter((c) => c.action === action).map((c) => c.payload.version);

beforeEach(() => phone.reset());

it('the post form: refused because another staff member saved first, keeps the draft and saves again on the stored version', async () => {
  const post: StaffPostDto = {
    id: 'p-hubin1-patrol',
    grid: hubin1,
    kind: patrol,
    title: '夜间巡逻',
    duties: '每周两晚巡查',
    capacity: 5,
    held: 0,
    status: 'open',
    holders: [],
    version: 4,
    createdAt: '2026-03-01T00:00:00.000Z',
    closedAt: null,
    closeReason: null,
  };
  const listed = (p: StaffPostDto): StaffPostsDto => ({
    scope: hubin1,
    villages: [],
    grid: hubin1,
    kinds: [patrol],
    posts: [p],
    maxActivePosts: 3,
    claimLimitVersion: 0,
  });
  const cloud = versionedCloud({
    read: 'staffPosts',
    write: 'editPost',
    stored: listed(post),
    versionOf: (stored) => stored.posts[0].version,
    written: (payload, stored) => {
      const saved = { ...stored.posts[0], title: String(payload.title), version: stored.posts[0].version + 1 };
      return { stored: listed(saved), answer: saved };
    },
  });
  phone.pageParams = { gridId: hubin1.id, postId: post.id };
  const page = renderHook(() => usePostForm());
  await settle();
  // Another staff member saves while this form is open.
  cloud.stored = listed({ ...post, title: '治安巡逻队', version: 5 });
  page.run((state) => state.change({ title: '湖堤夜巡' }));
  page.run((state) => void state.save());
  await settle();
  expect(versionsSent('editPost')).toEqual([4]);
  expect(page.current.draft?.title).toBe('湖堤夜巡');
  page.run((state) => void state.save());
  await settle();
  expect(versionsSent('editPost')).toEqual([4, 5]);
  expect(phone.calls.filter((c) => c.action === 'editPost')[1].payload).toMatchObject({ postId: post.id, title: '湖堤夜巡' });
  page.unmount();
});

it('走访设置: refused because another administrator saved first, keeps what was typed; after a save the next is on the version it made', async () => {
  const rules: VisitRulesDto = {
    countyId: 'c-wangjiang',
    countyName: '望江县',
    tags: [{ id: 'fiveGuarantee', name: '五保户', active: true, visitEveryDays: 30 }],
    quota: { county: 10, township: 30, village: 50 },
    version: 2,
    editable: true,
  };
  const cloud = versionedCloud({
    read: 'visitRules',
    write: 'saveVisitRules',
    stored: rules,
    versionOf: (stored) => stored.version,
    written: (payload, stored) => {
      const saved = { ...stored, quota: payload.quota as VisitRulesDto['quota'], version: stored.version + 1 };
      return { stored: saved, answer: saved };
    },
  });
  const page = renderHook(() => useRulesForm());
  await settle();
  cloud.stored = { ...rules, quota: { ...rules.quota, county: 12 }, version: 3 };
  page.run((state) => state.setQuota({ county: 15, township: 30, village: 50 }));
  page.run((state) => void state.save());
  await settle();
  expect(versionsSent('saveVisitRules')).toEqual([2]);
  expect(page.current.quota.county).toBe(15);
  page.run((state) => void state.save());
  await settle();
  page.run((state) => void state.save());
  await settle();
  expect(versionsSent('saveVisitRules')).toEqual([2, 3, 4]);
  expect(cloud.stored).toMatchObject({ version: 5, quota: { county: 15 } });
  page.unmount();
});
