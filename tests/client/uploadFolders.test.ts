/**
 * Uploads go into the person's own folder, which the server names
 * (users.uploadFolders): a record accepts only files under it. The folders
 * are asked once and kept; an ask that failed on a weak network is asked
 * again at the next upload, never kept as an answer.
 */
import * as storageApi from '@/services/storage';
import { phone, PHONE_UPLOAD_FOLDERS } from './support/fakeTaro';

beforeEach(() => {
  phone.reset();
  phone.cloud = () => ({ ok: false, code: 'INTERNAL', message: '不该调用' });
});

const folderAsks = () => phone.calls.filter((call) => call.name === 'users' && call.action === 'uploadFolders').length;

describe('own upload folders', () => {
  it('put each area’s photos in the folder the server named, one subfolder per key', async () => {
    expect(await storageApi.ownPhotoPath('requests', 'key-a-0001', 0)).toBe(`${PHONE_UPLOAD_FOLDERS.requests}key-a-0001/1.jpg`);
    expect(await storageApi.ownPhotoPath('visits', 'key-v-0001', 2)).toBe(`${PHONE_UPLOAD_FOLDERS.visits}key-v-0001/3.jpg`);
    expect(await storageApi.ownFolder('messages')).toBe(PHONE_UPLOAD_FOLDERS.messages);
    expect(folderAsks()).toBeLessThanOrEqual(1);
  });
});

describe('asking for the folders', () => {
  it('a failed ask is not kept: the next upload asks again and gets the folders', async () => {
    await jest.isolateModulesAsync(async () => {
      const fresh = (await import('@/services/storage')) as typeof storageApi;
      phone.online = false;
      await expect(fresh.ownFolder('requests')).rejects.toMatchObject({ code: 'NETWORK' });
      phone.online = true;
      await expect(fresh.ownFolder('requests')).resolves.toBe(PHONE_UPLOAD_FOLDERS.requests);
      await expect(fresh.ownFolder('rosters')).resolves.toBe(PHONE_UPLOAD_FOLDERS.rosters);
      expect(folderAsks()).toBe(1);
    });
  });
});
