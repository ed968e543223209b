/**
 * 诉求类别's form (src/packages/admin/system/categoryForm.ts): the server's
 * hints land at the field showing that part of the payload (a question at
 * its row); a hint for a part the form does not show is left to the toast.
 */
import { refusalProblems } from '@/packages/admin/system/categoryForm';
import { CloudError } from '@/services/errors';

it("puts the server's hints at the category form's fields, the first hint of a question at its row", () => {
  const refused = new CloudError('INVALID_INPUT', '有几处要改一下', [
    { path: 'name', message: '已有同名类别' },
    { path: 'questions.1.label', message: '请填写问题' },
    { path: 'questions.1.options', message: '至少两个选项' },
    { path: 'timeLimitDays', message: '最多60天' },
    { path: 'version', message: '没有这个字段' },
  ]);
  expect(refusalProblems(refused)).toEqual({ name: '已有同名类别', 'question.1': '请填写问题', timeLimitDays: '最多60天' });
  expect(refusalProblems(new Error('网络不通'))).toEqual({});
});
