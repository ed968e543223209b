/**
 * Retries an assertion until it passes or the attempts run out, for effects
 * that land asynchronously (a page's call reaching the store). Counts
 * attempts rather than measuring time; the default allows about 20 s, what a
 * cloud call can take on a loaded 2-core CI machine.
 */
export async function eventually(assertion: () => unknown, attempts = 200, pauseMs = 100): Promise<void> {
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    try {
      await assertion();
      return;
    } catch (error) {
      lastError = error;
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
    }
  }
  throw lastError;
}
