/**
 * What a record page says about its steps' keys (src/hooks/useStepKey.ts):
 * only the subpackages' step pages carry it, so it stays out of the main
 * package's common text.
 */
export const stepText = {
  /** A step refused as KEY_REUSED: its key went with another request before; the page reads the record again. */
  keyReused: '这次操作没有办理：它和之前一次没收到回复的操作不一样。页面已重新加载，请核对后再操作一次',
};
