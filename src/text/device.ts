/** Phone features (map, camera, album, calls) and cloud files that gave nothing: what happened and what to do. The scanner's words are servicedays', the file picker's admin's. */
export const deviceText = {
  openSettings: '去设置',
  privacy: '需要先同意《用户隐私保护指引》才能用这个功能：请关掉小程序重新打开，在弹出的说明里点“同意”',
  unavailable: '这个功能暂时用不了，请告诉村里或乡镇的工作人员',
  location: {
    denied: '请在设置中允许使用位置，再点“在地图上选位置”；也可以直接在上面填写地址',
    systemDenied: '手机没有允许微信使用位置：请在手机的“设置”里打开定位并允许微信使用位置，或直接在上面填写地址',
    failed: '地图没有打开，请直接在上面填写地址，或稍后再试',
  },
  photos: {
    denied: '请在设置中允许使用相机和相册，再来添加照片',
    systemDenied: '手机没有允许微信使用相机或照片：请在手机的“设置”里允许，再来添加照片',
    failed: '没能选到照片，请再试一次',
  },
  previewFailed: '照片打不开，请稍后再试',
  callFailed: (phone: string) => `电话没有拨出去，请用手机直接拨打 ${phone}`,
  download: {
    failed: '文件下载没有成功，请检查网络后再试',
    notAllowed: '这个文件您没有权限下载，请重新生成后再下载',
    missing: '文件已经不在了，请重新生成后再下载',
    openFailed: '文件已下载，但手机打不开它：请稍后再试，或在电脑上导出',
  },
} as const;
