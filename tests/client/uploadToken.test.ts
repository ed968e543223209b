/**
 * Uploads go into the person's own folder, `<area>/<token>/`, the token
 * coming with the profile (ProfileDto.uploadToken): a record accepts only
 * files under it. The home's answer carries it, so an upload then costs no
 * call; before the home loaded (a deep link, the outbox sending at launch)
 * users.me is asked once, and an ask that failed on a weak network is asked
 * again at the next upload, never kept. The H5 identity picker forgets it,
 * and a home answer asked for before the change is not kept. The weapp
 * uploader turns any failure of wx.cloud.uploadFile into a failed upload.
 */
import * as storageApi from '@/services/storage';
import { phone, PHONE_PROFILE, PHONE_UPLOAD_TOKEN } from './support/fakeTaro';

type Storage = typeof storageApi;
type Home = typeof import('@/services/home');

const HOME = { profile: { ...PHONE_PROFILE, name: '李建国', uploadToken: 'token-from-home' }, card: null };

beforeEach(() => {
  phone.reset();
  phone.cloud = (call) => (call.action === 'home' ? { ok: true, data: HOME } : { ok: false, code: 'INTERNAL', message: '不该调用' });
});

const meAsks = () => phone.calls.filter((call) => call.name === 'users' && call.action === 'me').length;

/** The app's modules loaded afresh: a restart, nothing kept in memory. */
async function freshApp<T>(run: (storage: Storage, home: Home) => Promise<T>): Promise<T> {
  let result: T | undefined;
  await jest.isolateModulesAsync(async () => {
    result = await run((await import('@/services/storage')) as Storage, (await import('@/services/home')) as Home);
  });
  return result as T;
}

describe('own upload folders', () => {
  it('after the home loaded: each area’s photos in `<area>/<token>/`, one subfolder per key, with no call of their own', async () => {
    await freshApp(async (storage, home) => {
      await home.loadHome();
      expect(await storage.ownPhotoPath('requests', 'key-a-0001', 0)).toBe('requests/token-from-home/key-a-0001/1.jpg');
      expect(await storage.ownPhotoPath('visits', 'key-v-0001', 2)).toBe('visits/token-from-home/key-v-0001/3.jpg');
      expect(await storage.ownFolder('messages')).toBe('messages/token-from-home/');
      expect(phone.calls.map((call) => call.action)).toEqual(['home']);
    });
  });

  it('before the home loaded (a deep link, the outbox at launch): asks users.me once for all uploads', async () => {
    await freshApp(async (storage) => {
      const paths = await Promise.all([
        storage.ownFolder('requests'),
        storage.ownFolder('rosters'),
        storage.ownPhotoPath('visits', 'k', 0),
      ]);
      expect(paths).toEqual([`requests/${PHONE_UPLOAD_TOKEN}/`, `rosters/${PHONE_UPLOAD_TOKEN}/`, `visits/${PHONE_UPLOAD_TOKEN}/k/1.jpg`]);
      expect(meAsks()).toBe(1);
    });
  });

  it('a failed ask is not kept: the next upload asks again and gets the token', async () => {
    await freshApp(async (storage) => {
      phone.online = false;
      await expect(storage.ownFolder('requests')).rejects.toMatchObject({ code: 'NETWORK' });
      phone.online = true;
      await expect(storage.ownFolder('requests')).resolves.toBe(`requests/${PHONE_UPLOAD_TOKEN}/`);
      await expect(storage.ownFolder('rosters')).resolves.toBe(`rosters/${PHONE_UPLOAD_TOKEN}/`);
      expect(meAsks()).toBe(1);
    });
  });

  it('a changed identity (H5’s picker) forgets the token: the next upload asks whose it is', async () => {
    await freshApp(async (storage, home) => {
      await home.loadHome();
      storage.forgetUploadToken();
      expect(await storage.ownFolder('requests')).toBe(`requests/${PHONE_UPLOAD_TOKEN}/`);
      expect(meAsks()).toBe(1);
    });
  });

  it('a home answer for the identity before the change, arriving after it, is not kept', async () => {
    await freshApp(async (storage, home) => {
      let answer: (envelope: unknown) => void = () => undefined;
      phone.cloud = () => new Promise((resolve) => (answer = resolve));
      const before = home.loadHome();
      while (phone.calls.length === 0) await new Promise((resolve) => setTimeout(resolve, 0));
      storage.forgetUploadToken();
      answer({ ok: true, data: HOME });
      await before;
      expect(await storage.ownFolder('requests')).toBe(`requests/${PHONE_UPLOAD_TOKEN}/`);
      expect(meAsks()).toBe(1);
    });
  });
});

describe('the weapp uploader', () => {
  it('an uploadFile that throws at once is a failed upload, not a raw error', async () => {
    const Taro = (await import('@tarojs/taro')).default;
    const { weappUpload } = await import('@/services/storage/weapp');
    const spy = jest.spyOn(Taro.cloud, 'uploadFile').mockImplementation(() => {
      throw new Error('uploadFile:fail invalid filePath');
    });
    await expect(weappUpload('wxfile://gone.jpg', 'requests/t/k/1.jpg')).resolves.toEqual({ failure: 'failed' });
    spy.mockRestore();
  });
});
