import { createHmac } from 'node:crypto';
import { requireOwnUploads, type UploadArea } from '../domain/shared/uploads';

/**
 * The function configuration (云开发控制台 → 云函数 → 函数配置 → 环境变量)
 * that holds the server's secret for upload tokens: the same long random
 * value on every function that names upload folders (README). It is never
 * sent to a client and never committed; the local runtime sets it for its
 * functions from its data folder (localcloud/runtime/functionSecrets.ts).
 */
export const UPLOAD_SECRET_VAR = 'UPLOAD_TOKEN_SECRET';

/** Shorter than this cannot be a generated secret (the local runtime makes 64 hex digits). */
const MIN_SECRET_LENGTH = 32;

type Env = Record<string, string | undefined>;

/**
 * The secret, from the function's configuration. Missing (or too short to
 * be one) is a deployment fault: the function fails with that reason in its
 * log, rather than hand out tokens anyone could compute.
 */
export function uploadSecret(env: Env = process.env): string {
  const secret = env[UPLOAD_SECRET_VAR];
  if (!secret || secret.length < MIN_SECRET_LENGTH) {
    throw new Error(
      `${UPLOAD_SECRET_VAR} is not set (at least ${MIN_SECRET_LENGTH} characters) in this function's environment variables (云开发控制台 → 云函数 → 函数配置 → 环境变量): upload folders cannot be named`,
    );
  }
  return secret;
}

/**
 * A person's upload token: an HMAC of the person's id under the server's
 * secret, so nobody who knows an id (it shows in records) can compute
 * another person's folder, and never the OPENID itself, which fileIDs would
 * show to everyone who sees the record. The person's id is their WeChat
 * account's, so the token stays when 绑定手机号 takes over an imported
 * person. Every profile answer carries it (ProfileDto.uploadToken); the
 * client uploads under `<area>/<token>/`.
 */
export function uploadToken(personId: string, secret: string = uploadSecret()): string {
  return createHmac('sha256', secret).update(`uploads\n${personId}`).digest('hex').slice(0, 24);
}

/** The storage folder a person's uploads of an area go to, `<area>/<token>/`: the server accepts only files under the caller's own. */
export function uploadFolder(area: UploadArea, personId: string, secret: string = uploadSecret()): string {
  return `${area}/${uploadToken(personId, secret)}/`;
}

/** Refuses (NOT_YOUR_UPLOAD) any fileID of `fileIds` outside the person's folder of `area`; `path` names the payload field. */
export function requireOwnFiles(area: UploadArea, personId: string, fileIds: readonly string[], path: string): void {
  requireOwnUploads(fileIds, uploadFolder(area, personId), (index) => `${path}.${index}`);
}
