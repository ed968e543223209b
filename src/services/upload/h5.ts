import { getDevOpenid } from '../devIdentity';
import type { PhotoUploader } from './types';

/** H5 against the local cloud runtime: the picked image (a blob URL) is posted to /dev/upload as the demo identity. */
export const h5Upload: PhotoUploader = async (filePath, cloudPath) => {
  const image = await (await fetch(filePath)).blob();
  const headers: Record<string, string> = { 'Content-Type': image.type || 'application/octet-stream' };
  const openid = getDevOpenid();
  if (openid) headers['X-WX-OPENID'] = openid;
  const res = await fetch(`/dev/upload?cloudPath=${encodeURIComponent(cloudPath)}`, { method: 'POST', headers, body: image });
  if (!res.ok) throw new Error(`upload failed: HTTP ${res.status}`);
  const body = (await res.json()) as { fileID?: unknown };
  if (typeof body.fileID !== 'string') throw new Error('upload answered without a fileID');
  return body.fileID;
};
