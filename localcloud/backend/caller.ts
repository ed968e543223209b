/**
 * Which worker sent an SDK request. Each worker has its own
 * TENCENTCLOUD_SECRETID, and the SDK puts it in the signature header:
 * `TC3-HMAC-SHA256 Credential=<secretId>/<date>/tcb/tc3_request, ...`.
 */
export function credentialOf(authorization: string | undefined): string | undefined {
  if (!authorization) return undefined;
  const m = /Credential=([^/,\s]+)\//.exec(authorization);
  return m ? m[1] : undefined;
}
