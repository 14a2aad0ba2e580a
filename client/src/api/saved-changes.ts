/**
 * "Something was saved": told after every mutation that reached the server, so what counts the work (the navigation
 * badges) asks again at once instead of at the next poll — also with polling and live updates off.
 */
const listeners = new Set<() => void>();

export function announceSaved(): void {
  for (const listener of listeners) listener();
}

/** Listens until the returned function is called. */
export function onSaved(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
