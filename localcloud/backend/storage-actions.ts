import { CloudError } from '../errors';
import { isPlainObject } from '../store/values';
import { ActionResult, AdminContext } from './context';
import { downloadUrl, fileIdFor, UPLOAD_PREFIX, validCloudPath } from './file-ids';

type Body = Record<string, unknown>;
type Handler = (body: Body, ctx: AdminContext) => ActionResult;

/** First half of uploadFile: hand out a one-time PUT URL (the COS step). */
const getUploadMetadata: Handler = (body, ctx) => {
  const cloudPath = body.path;
  if (!validCloudPath(cloudPath)) throw new CloudError('INVALID_PARAM', `invalid cloudPath: ${String(cloudPath)}`);
  const fileId = fileIdFor(ctx.envId, cloudPath);
  // A file a cloud function writes has no owner for the mini-program side's
  // rules: WeChat does not document one, so the local cloud assumes none
  // (stricter; see storage-rules.ts).
  const token = ctx.uploads.open({ cloudPath, fileId, uploader: null });
  return {
    data: {
      url: ctx.baseUrl + UPLOAD_PREFIX + token,
      token,
      authorization: `local ${token}`,
      fileId,
      cosFileId: token,
      download_url: downloadUrl(ctx.baseUrl, cloudPath),
    },
  };
};

const batchGetDownloadUrl: Handler = (body, ctx) => {
  const list = Array.isArray(body.file_list) ? body.file_list : [];
  const download_list = list.map((item: unknown) => {
    const fileID = isPlainObject(item) && typeof item.fileid === 'string' ? item.fileid : '';
    const maxAge = isPlainObject(item) && typeof item.max_age === 'number' ? item.max_age : 86400;
    const file = fileID ? ctx.store.files.get(fileID) : null;
    if (!file) return { fileID, tempFileURL: '', maxAge, code: 'STORAGE_FILE_NONEXIST' };
    return { fileID, tempFileURL: downloadUrl(ctx.baseUrl, file.cloudPath), maxAge, code: 'SUCCESS' };
  });
  return { data: { download_list } };
};

const batchDeleteFile: Handler = (body, ctx) => {
  const list = Array.isArray(body.fileid_list) ? body.fileid_list : [];
  const delete_list = list.map((fileID: unknown) => {
    const id = typeof fileID === 'string' ? fileID : '';
    return { fileID: id, code: id && ctx.store.files.delete(id) ? 'SUCCESS' : 'STORAGE_FILE_NONEXIST' };
  });
  return { data: { delete_list } };
};

export const storageActions: Record<string, Handler> = {
  'storage.getUploadMetadata': getUploadMetadata,
  'storage.batchGetDownloadUrl': batchGetDownloadUrl,
  'storage.batchDeleteFile': batchDeleteFile,
};
