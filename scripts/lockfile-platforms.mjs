// The registry this project installs from carries only some of the per-platform binaries of a few packages
// (e.g. unrs-resolver, used by Jest 30). `npm install` then leaves those optional packages out of
// package-lock.json, and `npm ci` refuses the lock. This adds the missing optional entries, marked with their
// os/cpu so that npm ci skips them on every other platform. Run it after regenerating package-lock.json:
//   node scripts/lockfile-platforms.mjs
import fs from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(fs.readFileSync(file, 'utf8'));
const platform = (name) => {
  const m = /-(android|darwin|freebsd|linux|openharmony|win32)-(arm64|arm|x64|ia32|loong64|ppc64|riscv64|s390x)(?:-(gnu|musl|gnueabihf|musleabihf|eabi|msvc))?$/.exec(name);
  if (!m) return null;
  const libc = m[3] === 'gnu' || m[3] === 'gnueabihf' ? ['glibc'] : m[3] === 'musl' || m[3] === 'musleabihf' ? ['musl'] : undefined;
  return { os: [m[1]], cpu: [m[2]], ...(libc ? { libc } : {}) };
};
let added = 0;
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const target = `node_modules/${dep}`;
    if (lock.packages[target] || lock.packages[`${path}/${target}`]) continue;
    const where = platform(dep);
    if (!where) continue;
    lock.packages[target] = { version, ...where, ...(entry.dev ? { dev: true } : {}), optional: true };
    added += 1;
  }
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
fs.writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`added ${added} platform-only optional entries to package-lock.json`);
