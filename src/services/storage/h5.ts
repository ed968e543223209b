import { getDevOpenid } from '../devIdentity';
import type { Uploader } from './types';

/** H5 (local cloud runtime only): the bytes of a blob or data URL, `POST /dev/upload` as the picked demo identity. */
export const h5Upload: Uploader = async (localPath, cloudPath) => {
  let bytes: Blob;
  try {
    bytes = await (await fetch(localPath)).blob();
  } catch {
    return { failure: 'unreadable' };
  }
  const headers: Record<string, string> = { 'Content-Type': bytes.type || 'application/octet-stream' };
  const openid = getDevOpenid();
  if (openid) headers['X-WX-OPENID'] = openid;
  let response: Response;
  try {
    response = await fetch(`/dev/upload?cloudPath=${encodeURIComponent(cloudPath)}`, { method: 'POST', headers, body: bytes });
  } catch {
    return { failure: 'failed' };
  }
  const body = (await response.json().catch(() => null)) as { fileID?: unknown } | null;
  if (!response.ok || typeof body?.fileID !== 'string') return { failure: 'failed' };
  return { fileID: body.fileID };
};
