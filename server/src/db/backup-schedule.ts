import { createBackup, listBackups, pruneBackups } from './backup';

export interface BackupSchedule {
  /** clears the timers; resolves once a backup that is running has finished */
  stop: () => Promise<void>;
}

const DAY_MS = 86_400_000;

/** The next time of day at (local time of this machine) strictly after now. */
export function nextDailyRun(now: Date, at: { hour: number; minute: number }): Date {
  const next = new Date(now);
  next.setHours(at.hour, at.minute, 0, 0);
  if (next.getTime() <= now.getTime()) next.setDate(next.getDate() + 1);
  return next;
}

/** A backup is due at start when there is none, or the newest is a day old (the PC was off at the daily time). */
export function isBackupDue(newest: Date | null, now: Date): boolean {
  return newest === null || now.getTime() - newest.getTime() >= DAY_MS;
}

/**
 * While the app runs: a backup every day at dailyAt, and one startDelay after the start when the last is a day old.
 * A timer for now (a job queue comes with the scale-out issue); one backup at a time; a failure is logged, never fatal.
 */
export function startBackupSchedule(options: {
  databaseUrl: string;
  dataDir: string;
  backupDir: string;
  keepDays: number;
  dailyAt: { hour: number; minute: number } | null;
  startDelayMs: number;
  log: (message: string) => void;
}): BackupSchedule {
  let running: Promise<void> | null = null;
  let stopped = false;
  const timers = new Set<NodeJS.Timeout>();
  const later = (ms: number, run: () => void) => {
    // setTimeout holds at most ~24.8 days; a daily run is always sooner
    const timer = setTimeout(() => {
      timers.delete(timer);
      run();
    }, Math.max(0, ms));
    timer.unref();
    timers.add(timer);
  };
  const backup = (why: string) => {
    if (stopped || running) return;
    const started = Date.now();
    running = createBackup({ databaseUrl: options.databaseUrl, dataDir: options.dataDir, backupDir: options.backupDir })
      .then((result) => {
        const removed = pruneBackups(options.backupDir, options.keepDays);
        options.log(
          `Backup (${why}) written: ${result.file} (${(result.bytes / 1024 / 1024).toFixed(1)} MB, ${result.rows} rows, ${result.files} workbooks, ${((Date.now() - started) / 1000).toFixed(1)} s)` +
            (removed.length ? `; ${removed.length} older than ${options.keepDays} days removed` : ''),
        );
      })
      .catch((error: unknown) => options.log(`Backup (${why}) failed: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        running = null;
      });
  };
  const scheduleDaily = () => {
    if (!options.dailyAt || stopped) return;
    const at = options.dailyAt;
    later(nextDailyRun(new Date(), at).getTime() - Date.now(), () => {
      backup('daily');
      scheduleDaily();
    });
  };
  if (options.dailyAt) {
    if (isBackupDue(listBackups(options.backupDir)[0]?.createdAt ?? null, new Date())) later(options.startDelayMs, () => backup('the last is over a day old'));
    scheduleDaily();
  }
  return {
    stop: async () => {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await running;
    },
  };
}
