import { getDevOpenid } from '../devIdentity';
import type { Downloader } from './types';

/** H5 (local cloud runtime only): GET /dev/download as the picked demo identity (the runtime applies the storage rule); a blob URL. */
export const h5Download: Downloader = async (fileID) => {
  const headers: Record<string, string> = {};
  const openid = getDevOpenid();
  if (openid) headers['X-WX-OPENID'] = openid;
  let response: Response;
  try {
    response = await fetch(`/dev/download?fileID=${encodeURIComponent(fileID)}`, { headers });
  } catch {
    return { failure: 'failed' };
  }
  if (response.status === 401 || response.status === 403) return { failure: 'notAllowed' };
  if (response.status === 404) return { failure: 'missing' };
  if (!response.ok) return { failure: 'failed' };
  return { localPath: URL.createObjectURL(await response.blob()) };
};
