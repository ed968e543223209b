/**
 * Downloads a cloud file by fileID as the mini-program user `openid` would
 * with wx.cloud.downloadFile, through the H5 build's route (the local
 * runtime applies the storage security rule). `openid` null: nobody signed in.
 */
export function downloadAs(cloudUrl: string, openid: string | null, fileID: string): Promise<Response> {
  return fetch(`${cloudUrl}/dev/download?fileID=${encodeURIComponent(fileID)}`, { headers: openid ? { 'x-wx-openid': openid } : {} });
}
