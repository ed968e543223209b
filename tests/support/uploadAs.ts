/** Uploads bytes to the local cloud's storage as the H5 client of `openid` does, and gives the fileID. */
export async function uploadAs(cloudUrl: string, openid: string, cloudPath: string, bytes: Buffer): Promise<string> {
  const response = await fetch(`${cloudUrl}/dev/upload?cloudPath=${encodeURIComponent(cloudPath)}`, {
    method: 'POST',
    headers: { 'x-wx-openid': openid },
    body: bytes,
  });
  return ((await response.json()) as { fileID: string }).fileID;
}
