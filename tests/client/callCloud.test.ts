/**
 * callCloud (src/services/cloud.ts) over the weapp transport: the envelope
 * opened into data or a CloudError with the server's code and words, and one
 * retry after a network failure exactly for the actions the contract marks
 * safe to repeat (cloudfunctions/contract/retrySafe.ts: every action not in `sentOnce`).
 */
import { sentOnce } from '@contract/retrySafe';
import { callCloud } from '@/services/cloud';
import { CloudError } from '@/services/errors';
import { commonText } from '@/text/common';
import { phone } from './support/fakeTaro';

beforeEach(() => {
  phone.reset();
  phone.cloud = (call) => ({ ok: true, data: { answered: `${call.name}.${call.action}` } });
});

describe('callCloud', () => {
  it('returns the data of an ok envelope', async () => {
    await expect(callCloud('users', 'home', {})).resolves.toEqual({ answered: 'users.home' });
    expect(phone.calls).toEqual([{ name: 'users', action: 'home', payload: {} }]);
  });

  it('throws the server’s code, words and field hints from a failed envelope, and does not retry it', async () => {
    phone.cloud = () => ({ ok: false, code: 'FORBIDDEN', message: '您没有权限', fields: [{ path: 'gridId', message: '不是您的网格' }] });
    const error = await callCloud('grids', 'contactCard', { gridId: 'g-1' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CloudError);
    expect(error).toMatchObject({ code: 'FORBIDDEN', message: '您没有权限', fields: [{ path: 'gridId', message: '不是您的网格' }] });
    expect(phone.attempts).toEqual(['grids.contactCard']);
  });

  it('treats anything that is not an envelope as the server misbehaving', async () => {
    phone.cloud = () => ({ errMsg: 'ok' });
    await expect(callCloud('users', 'home', {})).rejects.toMatchObject({ code: 'INTERNAL', message: commonText.unknownError });
  });

  it('sends a retry-safe action once more when the network dropped it', async () => {
    expect(sentOnce.users).not.toContain('home');
    phone.dropNextCalls = 1;
    await expect(callCloud('users', 'home', {})).resolves.toEqual({ answered: 'users.home' });
    expect(phone.attempts).toEqual(['users.home', 'users.home']);
  });

  it('gives up with NETWORK and Chinese words after the second failure', async () => {
    phone.dropNextCalls = 5;
    await expect(callCloud('users', 'home', {})).rejects.toMatchObject({ code: 'NETWORK', message: commonText.networkError });
    expect(phone.attempts).toEqual(['users.home', 'users.home']);
  });

  it('sends an action that is not safe to repeat only once', async () => {
    expect(sentOnce.users).toContain('chooseGrid');
    phone.dropNextCalls = 1;
    await expect(callCloud('users', 'chooseGrid', { gridId: 'g-hubin-1' })).rejects.toMatchObject({ code: 'NETWORK' });
    expect(phone.attempts).toEqual(['users.chooseGrid']);
    expect(phone.calls).toEqual([]);
  });
});
