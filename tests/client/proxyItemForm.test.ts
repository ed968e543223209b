/**
 * 代办事项目录's form (src/packages/proxy/catalogue/itemForm.ts): what it
 * can tell before sending is marked at each field (a material at its row,
 * nothing cut); an edit is sent on the version it was opened with; the
 * server's hints land at the field showing that part of the payload.
 */
import type { ProxyItemDto } from '@contract';
import { activeInput, formOf, itemProblems, OTHER_OFFICE, refusalProblems, saveInput } from '@/packages/proxy/catalogue/itemForm';
import { CloudError } from '@/services/errors';

const item: ProxyItemDto = {
  id: 'pi-dibao',
  name: '最低生活保障（低保）申请',
  materials: ['身份证', '户口簿'],
  office: { departmentId: 'dep-county-minzheng', name: '县民政局' },
  stageDays: { receive: 3, send: 2, conclude: 20, handBack: 2 },
  guide: '家庭收入证明要村里盖章',
  active: true,
  order: 4,
  version: 7,
};

describe('the item form', () => {
  it('marks a missing name, office, an empty, too long or repeated material at its row, and a bad order', () => {
    const form = { ...formOf(null, 9), materials: ['身份证', '', '户口簿'.repeat(11), '身份证'], order: '1.5' };
    expect(itemProblems(form)).toEqual({
      name: '请填写事项名称',
      office: '请选择办理部门',
      'material.1': '请填写材料名称，不要的请删除这一行',
      'material.2': expect.stringContaining('超出3字'),
      'material.3': '与第1项重复',
      order: '请填0到10000之间的整数',
    });
    expect(itemProblems({ ...form, materials: [] }).materials).toBe('请至少列一项材料');
    expect(itemProblems({ ...form, office: OTHER_OFFICE, officeName: ' ' }).office).toBe('请写明到哪个部门办理');
  });

  it('starts a new item after the last one, and sends an edit on the version it was opened with', () => {
    expect(formOf(null, 9)).toMatchObject({ itemId: null, order: '9', materials: [''], office: null });
    const edit = { ...formOf(item, 0), name: ' 低保申请 ', materials: ['身份证 ', '户口簿', '收入证明'] };
    expect(saveInput(edit, 'form-key-1')).toEqual({
      itemId: 'pi-dibao',
      version: 7,
      name: '低保申请',
      materials: ['身份证', '户口簿', '收入证明'],
      departmentId: 'dep-county-minzheng',
      stageDays: item.stageDays,
      guide: '家庭收入证明要村里盖章',
      active: true,
      order: 4,
    });
    const typed = saveInput(
      { ...formOf(null, 1), name: '身份证', materials: ['照片'], office: OTHER_OFFICE, officeName: '乡派出所' },
      'form-key-2',
    );
    expect(typed).toMatchObject({ officeName: '乡派出所', clientKey: 'form-key-2' });
    expect(typed).not.toHaveProperty('itemId');
    expect(typed).not.toHaveProperty('departmentId');
    expect(activeInput(item, false)).toMatchObject({ itemId: 'pi-dibao', version: 7, active: false, materials: item.materials });
  });

  it("puts the server's hints at the field that shows them", () => {
    const refused = new CloudError('INVALID_INPUT', '有几处要改一下', [
      { path: 'materials.1', message: '太长' },
      { path: 'departmentId', message: '部门已停用' },
      { path: 'stageDays.send', message: '最多60个工作日' },
      { path: 'unknown', message: '没有这个字段' },
    ]);
    expect(refusalProblems(refused)).toEqual({ 'material.1': '太长', office: '部门已停用', 'stageDays.send': '最多60个工作日' });
  });
});
