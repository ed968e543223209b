/**
 * An insert collided with an existing `_id` (MongoDB's E11000): a retried
 * idempotent add, or a second claim of what one may hold once. The SDK puts
 * the database's words in `errMsg` or `message`; anything else is searched whole.
 */
export function isDuplicateKey(error: unknown): boolean {
  if (!error) return false;
  const { errMsg, message } = typeof error === 'object' ? (error as { errMsg?: unknown; message?: unknown }) : {};
  const texts = [errMsg, message].filter((text): text is string => typeof text === 'string');
  if (texts.length === 0) texts.push(JSON.stringify(error) ?? '');
  return texts.some((text) => /E11000|duplicate key|DuplicateKey/i.test(text));
}
