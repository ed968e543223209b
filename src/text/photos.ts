/**
 * Choosing and showing photos (components/PhotoPicker and PhotoStrip, 党员服务's service log): the
 * subpackages with photos carry these words, the main package none. Uploading's failure words stay in
 * common.ts: the app's outbox uploads a waiting filing's photos.
 */
export const photosText = {
  add: '添加照片',
  remove: '删除这张照片',
  count: (n: number, max: number) => `${n}/${max}`,
  /** The camera or album gave nothing (utils/deviceFailure). */
  choosing: {
    denied: '请在设置中允许使用相机和相册，再来添加照片',
    systemDenied: '手机没有允许微信使用相机或照片：请在手机的“设置”里允许，再来添加照片',
    failed: '没能选到照片，请再试一次',
  },
  previewFailed: '照片打不开，请稍后再试',
} as const;
