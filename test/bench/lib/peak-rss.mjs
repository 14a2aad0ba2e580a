// Peak resident memory of a process (Linux): VmHWM from /proc, which can be reset so it covers one task only.
import fs from 'node:fs';

/** Resets the process's peak RSS to its current RSS ("echo 5 > /proc/PID/clear_refs"); false where not allowed. */
export function resetPeakRss(pid = 'self') {
  try {
    fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/** Peak and current RSS in MB. */
export function rss(pid = 'self') {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { peakMb: kb('VmHWM') / 1024, currentMb: kb('VmRSS') / 1024 };
}
