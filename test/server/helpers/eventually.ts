/**
 * Waits until `check` returns a value (not undefined/null/false), asking again every 100 ms; fails with the last error
 * after `tries` attempts. For what another process or a job does in its own time (a webhook delivery, a pushed row):
 * the test asserts what arrives, never how fast.
 */
export async function eventually<T>(check: () => Promise<T | null | undefined | false> | T | null | undefined | false, tries = 300): Promise<T> {
  let last: unknown = null;
  for (let i = 0; i < tries; i++) {
    try {
      const value = await check();
      if (value !== undefined && value !== null && value !== false) return value as T;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw last instanceof Error ? last : new Error('eventually: the condition never held');
}
