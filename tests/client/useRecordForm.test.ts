/**
 * One record's form in an editor (src/hooks/useRecordForm.ts, used by 诉求类别
 * and 代办事项目录): what the form can tell is marked before anything is
 * sent; a change takes its own mark away; a save is sent once however often
 * it is tapped; a refusal's hints land at their fields; a save refused
 * because another saved first keeps what was typed on screen, on the
 * version stored now.
 */
import { useRecordForm, type RecordFormSpec } from '@/hooks/useRecordForm';
import { CloudError } from '@/services/errors';
import { attachNoticeListener, type Notice } from '@/state/notice';
import { phone } from './support/fakeTaro';
import { flush, renderHook } from './support/renderHook';

interface PlaceForm {
  placeId: string | null;
  version: number;
  name: string;
  rows: string[];
}
type PlaceField = 'name' | 'rows' | `row.${number}`;

const stored: PlaceForm = { placeId: 'p-1', version: 3, name: '湖滨村', rows: ['一组', '二组'] };

let notices: string[] = [];
let detach: () => void = () => undefined;
beforeEach(() => {
  notices = [];
  phone.reset();
  detach = attachNoticeListener((notice: Notice | null) => {
    if (notice) notices.push(notice.text);
  });
});
afterEach(() => detach());

/** A form whose save answers with `answer` each time; what it sent and how often the list reloaded. */
function editor(answer: () => Promise<unknown>, conflict?: RecordFormSpec<PlaceForm, PlaceField>['conflict']) {
  const sent: PlaceForm[] = [];
  const reloads = { count: 0 };
  const spec: RecordFormSpec<PlaceForm, PlaceField> = {
    problems: (form) => ({
      name: form.name.trim() ? undefined : '请填写名称',
      ...Object.fromEntries(form.rows.map((row, i) => [`row.${i}`, row.trim() ? undefined : '请填写这一行'])),
    }),
    send: (form) => {
      sent.push(form);
      return answer();
    },
    saved: (form) => `已保存${form.name}`,
    made: () => Promise.resolve(null),
    hints: (error) => (error instanceof CloudError && error.fields?.[0]?.path === 'name' ? { name: error.fields[0].message } : {}),
    afterSave: () => {
      reloads.count += 1;
    },
    conflict,
  };
  const page = renderHook(() => useRecordForm<PlaceForm, PlaceField>(spec));
  page.run((state) => state.open({ ...stored, rows: [...stored.rows] }));
  return { page, sent, reloads };
}

it('marks what the form can tell before sending, and a change takes only its own mark away', async () => {
  const { page, sent } = editor(() => Promise.resolve({}));
  page.run((state) => state.change({ name: ' ' }));
  page.run((state) => state.changeRow('rows', 1, () => ''));
  page.run((state) => void state.save());
  await flush();
  expect(sent).toEqual([]);
  expect(page.current.errors).toEqual({ name: '请填写名称', 'row.1': '请填写这一行' });
  expect(phone.scrolls).toEqual(['.gt-field--error']);
  page.run((state) => state.changeRow('rows', 1, (row) => `${row}三组`, 'row.1'));
  expect(page.current.errors).toEqual({ name: '请填写名称' });
  expect(page.current.form?.rows).toEqual(['一组', '三组']);
  page.run((state) => state.change({ name: '湖滨村委会' }));
  expect(page.current.errors).toEqual({});
});

it('adds a row at the end and, removing one, takes every mark away (the rows after it moved)', async () => {
  const { page } = editor(() => Promise.resolve({}));
  page.run((state) => state.addRow('rows', ''));
  page.run((state) => void state.save());
  await flush();
  expect(page.current.errors).toEqual({ 'row.2': '请填写这一行' });
  page.run((state) => state.removeRow('rows', 0));
  expect(page.current.errors).toEqual({});
  expect(page.current.form?.rows).toEqual(['二组', '']);
});

it('sends a save once however often it is tapped, says so, closes and reloads the list', async () => {
  let answer: (value: unknown) => void = () => undefined;
  const { page, sent, reloads } = editor(() => new Promise((resolve) => (answer = resolve)));
  page.run((state) => void state.save());
  expect(page.current.busy).toBe(true);
  page.run((state) => void state.save());
  answer({});
  await flush();
  expect(sent).toHaveLength(1);
  expect(notices).toContain('已保存湖滨村');
  expect(page.current.form).toBeNull();
  expect(page.current.busy).toBe(false);
  expect(reloads.count).toBe(1);
});

it("keeps the form open with a refusal's hints at their fields", async () => {
  const { page, reloads } = editor(() =>
    Promise.reject(new CloudError('INVALID_INPUT', '有几处要改一下', [{ path: 'name', message: '已有同名' }])),
  );
  page.run((state) => void state.save());
  await flush();
  expect(page.current.errors).toEqual({ name: '已有同名' });
  expect(page.current.form?.name).toBe('湖滨村');
  expect(page.current.conflict).toBe(false);
  expect(reloads.count).toBe(0);
});

describe('a save refused because another saved first (CONFLICT)', () => {
  const refusedAsConflict = () => Promise.reject(new CloudError('CONFLICT', '另一位管理员刚刚保存过'));

  it('keeps what was typed on screen, says so, and moves the form onto the version stored now', async () => {
    const { page, reloads } = editor(refusedAsConflict, { stored: (form) => form.placeId !== null, version: () => Promise.resolve(7) });
    page.run((state) => state.change({ name: '湖滨村（新）' }));
    page.run((state) => void state.save());
    await flush();
    await flush();
    expect(notices).toContain('另一位管理员刚刚保存过');
    expect(page.current.conflict).toBe(true);
    expect(page.current.form).toEqual({ ...stored, name: '湖滨村（新）', version: 7 });
    expect(reloads.count).toBe(1);
    // Opening another record starts without the mark.
    page.run((state) => state.open(stored));
    expect(page.current.conflict).toBe(false);
  });

  it('keeps the version the form had when the stored one cannot be read', async () => {
    const { page } = editor(refusedAsConflict, { stored: () => true, version: () => Promise.resolve(null) });
    page.run((state) => void state.save());
    await flush();
    await flush();
    expect(page.current.conflict).toBe(true);
    expect(page.current.form?.version).toBe(3);
  });

  it('is a refusal like any other for a new record, or for an editor that does not keep it', async () => {
    const newRecord = editor(refusedAsConflict, { stored: () => false, version: () => Promise.resolve(9) });
    const notKept = editor(refusedAsConflict);
    for (const { page, reloads } of [newRecord, notKept]) {
      page.run((state) => void state.save());
      await flush();
      expect(page.current.conflict).toBe(false);
      expect(page.current.form?.version).toBe(3);
      expect(reloads.count).toBe(0);
    }
  });
});
