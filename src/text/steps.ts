/**
 * What a record page says about its steps' keys (src/hooks/useStepKey.ts):
 * only the subpackages' step pages carry it, so it stays out of the main
 * package's common text.
 */
export const stepText = {
  /** A step refused as KEY_REUSED: its key went with another request before; the page reads the record again. */
  keyReused: '这次操作没有办理：它和之前一次没收到回复的操作不一样。页面已重新加载，请核对后再操作一次',
  /** A create refused as KEY_REUSED whose key already made the record: the form now shows that record. */
  madeBefore: '刚才那次其实已经保存好了（只是没收到回复），没有再存一份。现在显示的是保存好的内容，请核对；要改的话改好再保存',
  /** The same, where the record shows in a list (a department, a place) rather than a form. */
  addedBefore: '刚才那次其实已经添加好了（只是没收到回复），没有再添加一份。请在列表里核对，要改的话再去改',
};
