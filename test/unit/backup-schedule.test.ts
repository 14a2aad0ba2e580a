import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { backupTime, listBackups, pruneBackups } from '../../server/src/db/backup';
import { isBackupDue, nextDailyRun } from '../../server/src/db/backup-schedule';
import { parseDailyAt } from '../../server/src/config';

describe('the daily backup', () => {
  it('should run at the next daily time, today when it is still ahead, else tomorrow', () => {
    const at = { hour: 2, minute: 30 };
    expect(nextDailyRun(new Date(2026, 11, 2, 1, 0), at)).toEqual(new Date(2026, 11, 2, 2, 30));
    expect(nextDailyRun(new Date(2026, 11, 2, 2, 30), at)).toEqual(new Date(2026, 11, 3, 2, 30));
    expect(nextDailyRun(new Date(2026, 11, 31, 23, 59), at)).toEqual(new Date(2027, 0, 1, 2, 30));
  });

  it('should back up after a start when there is no backup or the newest is a day old (the PC was off at night)', () => {
    const now = new Date('2026-12-02T09:00:00Z');
    expect(isBackupDue(null, now)).toBe(true);
    expect(isBackupDue(new Date('2026-12-01T09:00:00Z'), now)).toBe(true);
    expect(isBackupDue(new Date('2026-12-01T18:30:00Z'), now)).toBe(false);
  });

  it('should read BACKUP_DAILY_AT as a time of day or off, and refuse anything else', () => {
    expect(parseDailyAt('02:30')).toEqual({ hour: 2, minute: 30 });
    expect(parseDailyAt('23:05')).toEqual({ hour: 23, minute: 5 });
    expect(parseDailyAt('off')).toBeNull();
    expect(() => parseDailyAt('25:00')).toThrow('BACKUP_DAILY_AT must be a time like 02:30 or "off", got "25:00"');
    expect(() => parseDailyAt('2.30')).toThrow('BACKUP_DAILY_AT');
  });

  it('should keep backups for the days set, never remove the newest, and touch no other file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hf-prune-'));
    try {
      const names = ['callbacks-20261101-023000-000.backup.tar.gz', 'callbacks-20261125-023000-000.backup.tar.gz', 'callbacks-20261201-023000-000.backup.tar.gz', 'notes.txt', 'callbacks-x.backup.tar.gz'];
      for (const name of names) fs.writeFileSync(path.join(dir, name), 'x');
      expect(backupTime(names[2])).toEqual(new Date('2026-12-01T02:30:00Z'));
      const removed = pruneBackups(dir, 14, new Date('2026-12-02T12:00:00Z'));
      expect(removed.map((f) => path.basename(f))).toEqual([names[0]]);
      expect(fs.readdirSync(dir).sort()).toEqual([names[1], names[2], names[4], names[3]].sort());
      // weeks later with no new backup: the last one stays
      expect(pruneBackups(dir, 14, new Date('2027-03-01T00:00:00Z')).map((f) => path.basename(f))).toEqual([names[1]]);
      expect(listBackups(dir).map((b) => path.basename(b.file))).toEqual([names[2]]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
