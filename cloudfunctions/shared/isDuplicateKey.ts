/** The write refused a second document with the same _id (a retried idempotent add). */
export function isDuplicateKey(error: unknown): boolean {
  const text = error instanceof Error ? error.message : JSON.stringify(error);
  return /E11000|duplicate key|DuplicateKey/i.test(text);
}
