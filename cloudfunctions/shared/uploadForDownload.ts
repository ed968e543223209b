import { randomBytes } from 'node:crypto';
import { cloud } from './cloud';

/**
 * Puts a file the function made for the caller in cloud storage, under
 * `<folder>/<caller>/<random>/<name>`, and gives its fileID. The mini-program
 * downloads it with `wx.cloud.downloadFile({ fileID })` (a temporary URL
 * would need a configured download domain, and is a link anyone holding it
 * can open). The storage rule lets the mini-program side read these folders
 * by path (localcloud/backend/storage-rules.ts), so the random segment keeps
 * one person's file out of another's reach.
 */
export async function uploadForDownload(
  folder: 'ledgers' | 'rosterTemplates',
  callerId: string,
  name: string,
  content: Buffer,
): Promise<string> {
  const cloudPath = `${folder}/${callerId}/${randomBytes(16).toString('hex')}/${name}`;
  const uploaded = (await cloud.uploadFile({ cloudPath, fileContent: content })) as { fileID?: string };
  if (!uploaded?.fileID) throw new Error('uploadFile returned no fileID');
  return uploaded.fileID;
}
