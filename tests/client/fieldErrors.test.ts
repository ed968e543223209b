/**
 * The server's per-field hints mapped onto a form (src/utils/fieldErrors.ts):
 * by a path's first part, renamed where the form shows it elsewhere, the
 * first hint of a field kept, and what the form has no field for left out.
 */
import { CloudError } from '@/services/errors';
import { fieldErrorsAt } from '@/utils/fieldErrors';

it('maps hints by their first path part, renamed, the first hint of each field kept', () => {
  const refused = new CloudError('INVALID_INPUT', '有几处要改一下', [
    { path: 'location.address', message: '地址太长' },
    { path: 'text', message: '请写清楚' },
    { path: 'text', message: '第二条' },
    { path: 'address', message: '后来的地址' },
    { path: 'photos.3', message: '照片不是您上传的' },
    { path: '', message: '整体' },
  ]);
  expect(fieldErrorsAt(refused, ['text', 'address'] as const, { location: 'address' })).toEqual({ text: '请写清楚', address: '地址太长' });
  expect(fieldErrorsAt(refused, ['photos', '_'] as const)).toEqual({ photos: '照片不是您上传的', _: '整体' });
  expect(fieldErrorsAt(new Error('网络不通'), ['text'] as const)).toEqual({});
});
