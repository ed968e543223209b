import { defineAction } from '../../shared/defineAction';
import { uploadFolders as foldersOf } from '../../shared/uploadFolder';

/**
 * Where the caller's uploads go. The folders derive from the WeChat
 * identity alone: a first-time visitor gets them too, and nothing is read
 * (not even the caller's record).
 */
export const uploadFolders = defineAction('users', 'uploadFolders', {
  access: 'visitor',
  readsCaller: 'itself',
  run: async (_input, { openid }) => foldersOf(openid),
});
