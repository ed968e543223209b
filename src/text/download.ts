/** Downloading a cloud file (台账导出, the roster template) that gave nothing: services/download/ and services/ledger.ts, which only the admin subpackage carries. */
export const downloadText = {
  failed: '文件下载没有成功，请检查网络后再试',
  notAllowed: '这个文件您没有权限下载，请重新生成后再下载',
  missing: '文件已经不在了，请重新生成后再下载',
  openFailed: '文件已下载，但手机打不开它：请稍后再试，或在电脑上导出',
} as const;
