/**
 * A filing the server refuses is marked where the person can fix it
 * (src/packages/requests/new/filing.ts, proxy-file/proxyForm.ts): each
 * hint at the field that shows that part of the payload, on its screen;
 * what has no field is left for a toast.
 */
import { refusalProblems, stepWithProblem } from '@/packages/requests/new/filing';
import { proxyRefusalProblems } from '@/packages/requests/proxy-file/proxyForm';
import { CloudError } from '@/services/errors';

const refused = (fields: Array<{ path: string; message: string }>) => new CloudError('INVALID_INPUT', '有几处要改一下', fields);

describe('the filing form', () => {
  it('marks each hint at the field showing that part of the payload, and goes to the first screen with one', () => {
    const problems = refusalProblems(
      refused([
        { path: 'location.address', message: '地址太长了' },
        { path: 'contactPhone', message: '号码不对' },
        { path: 'text', message: '内容太长了' },
      ]),
    );
    expect(problems).toEqual({ address: '地址太长了', contactPhone: '号码不对', text: '内容太长了' });
    expect(stepWithProblem(problems)).toBe(2);
    expect(refusalProblems(refused([{ path: 'gridId', message: '网格已撤销' }]))).toEqual({ grid: '网格已撤销' });
    expect(stepWithProblem(refusalProblems(refused([{ path: 'categoryId', message: '类别已停用' }])))).toBe(1);
  });

  it('says a number another account verified at the phone field', () => {
    expect(refusalProblems(new CloudError('PHONE_TAKEN', '这个号码已被别的微信绑定'))).toEqual({
      contactPhone: '这个号码已被别的微信绑定',
    });
  });

  it('leaves a refusal with no field of the form for a toast', () => {
    const problems = refusalProblems(refused([{ path: 'photos.0', message: '照片不存在' }]));
    expect(problems).toEqual({});
    expect(stepWithProblem(problems)).toBeNull();
    expect(refusalProblems(new CloudError('FORBIDDEN', '没有权限'))).toEqual({});
  });
});

describe('the 代办 form', () => {
  it('marks the hints at its fields (the address is the payload’s location) and leaves the rest', () => {
    expect(
      proxyRefusalProblems(
        refused([
          { path: 'residentPhone', message: '号码不对' },
          { path: 'location.address', message: '地址太长了' },
          { path: 'gridId', message: '不是您服务的网格' },
        ]),
      ),
    ).toEqual({ residentPhone: '号码不对', address: '地址太长了' });
  });
});
