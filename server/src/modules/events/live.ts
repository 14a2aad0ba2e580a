import { EventEmitter } from 'node:events';
import { EventListener } from './event-listener';
import type { ChangeNotice } from './event.rules';

/**
 * What this process hears of changes committed anywhere (LISTEN hf_events): one listener per process and database,
 * shared by every app of the process (a test may start several), feeding the subscriptions.
 */
export const liveNotices = new EventEmitter<{ notice: [ChangeNotice] }>();
liveNotices.setMaxListeners(0);

let shared: { url: string; listener: EventListener; users: number } | null = null;

export async function acquireListener(databaseUrl: string, log?: (message: string) => void): Promise<{ listener: EventListener; release: () => Promise<void> }> {
  if (!shared || shared.url !== databaseUrl) {
    const listener = new EventListener(databaseUrl, log);
    listener.on('notice', (notice) => liveNotices.emit('notice', notice));
    await listener.start();
    shared = { url: databaseUrl, listener, users: 0 };
  }
  const entry = shared;
  entry.users += 1;
  let released = false;
  return {
    listener: entry.listener,
    release: async () => {
      if (released) return;
      released = true;
      entry.users -= 1;
      if (entry.users === 0) {
        if (shared === entry) shared = null;
        await entry.listener.stop();
      }
    },
  };
}

/**
 * The notices a subscription wants, as an async iterator that ends at once when the client unsubscribes (an async
 * generator would wait for the next notice first). A subscriber that falls 1,000 notices behind loses the oldest.
 */
export function noticeStream<T>(select: (notice: ChangeNotice) => T | null): AsyncIterableIterator<T> {
  const queue: T[] = [];
  let wake: ((result: IteratorResult<T>) => void) | null = null;
  let done = false;
  const onNotice = (notice: ChangeNotice) => {
    const value = select(notice);
    if (value === null) return;
    if (wake) {
      const resolve = wake;
      wake = null;
      resolve({ value, done: false });
    } else {
      queue.push(value);
      if (queue.length > 1000) queue.shift();
    }
  };
  liveNotices.on('notice', onNotice);
  const finish = () => {
    done = true;
    liveNotices.off('notice', onNotice);
    queue.length = 0;
    wake?.({ value: undefined, done: true });
    wake = null;
  };
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    next: () =>
      done
        ? Promise.resolve({ value: undefined, done: true })
        : queue.length
          ? Promise.resolve({ value: queue.shift()!, done: false })
          : new Promise<IteratorResult<T>>((resolve) => {
              wake = resolve;
            }),
    return: async () => {
      finish();
      return { value: undefined, done: true };
    },
    throw: async (error: unknown) => {
      finish();
      throw error;
    },
  };
}
