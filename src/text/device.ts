/** Phone features (map, camera, album, calls) and cloud files that gave nothing: what happened and what to do. The scanner's words are servicedays', the file picker's admin's, the map's the filing page's (requests), the camera's and album's text/photos.ts, downloads' text/download.ts. */
export const deviceText = {
  openSettings: '去设置',
  privacy: '需要先同意《用户隐私保护指引》才能用这个功能：请关掉小程序重新打开，在弹出的说明里点“同意”',
  unavailable: '这个功能暂时用不了，请告诉村里或乡镇的工作人员',
  callFailed: (phone: string) => `电话没有拨出去，请用手机直接拨打 ${phone}`,
} as const;
