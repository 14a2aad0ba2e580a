// Issue 21/20: the GraphQL cost budget counted in PostgreSQL (RateLimiterPostgres) instead of process memory —
// what one charge costs a request: latency and this process's CPU per charge, PostgreSQL vs the same limiter in
// memory (the baseline, as the app counted before), in alternating rounds, one at a time and 10 in flight.
import { createRequire } from 'node:module';
import path from 'node:path';
import { benchDatabase, server, summarise, fmt } from './lib/bench-db.mjs';

const require = createRequire(path.join(process.cwd(), 'server', 'package.json'));
const { RateLimiterMemory } = require('rate-limiter-flexible');
const { RateLimiter, postgresCounters } = server('api/rate-limit.js');
const { LoginThrottle } = server('modules/users/login-throttle.js');
const bcrypt = require('bcryptjs');

const ROUNDS = 6;
const PER_ROUND = 1000;
const config = { windowSeconds: 3600, tokenPoints: 1e9, sessionPoints: 1e9, anonymousPoints: 1e9 };
const callers = Array.from({ length: 20 }, (_, i) => ({ user: { id: i + 1 }, projectIds: [1] }));

async function round(limiter, inFlight) {
  const samples = [];
  const cpu = process.cpuUsage();
  const started = performance.now();
  let next = 0;
  await Promise.all(Array.from({ length: inFlight }, async () => {
    while (next < PER_ROUND) {
      const caller = callers[next++ % callers.length];
      const t = performance.now();
      await limiter.charge(caller, '127.0.0.1', 500);
      samples.push(performance.now() - t);
    }
  }));
  const used = process.cpuUsage(cpu);
  return { samples, cpuMsPerCharge: (used.user + used.system) / 1000 / PER_ROUND, perSecond: PER_ROUND / ((performance.now() - started) / 1000) };
}

async function main() {
  const db = await benchDatabase('bench_rate_limit');
  try {
    const targets = { memory: new RateLimiter(config, (o) => new RateLimiterMemory(o)), postgres: new RateLimiter(config, postgresCounters(db.orm)) };
    for (const inFlight of [1, 10]) {
      const results = { memory: [], postgres: [] };
      for (let r = 0; r < ROUNDS; r++) {
        // alternate which goes first, so neither always runs on a warmer machine
        const order = r % 2 ? ['postgres', 'memory'] : ['memory', 'postgres'];
        for (const name of order) results[name].push(await round(targets[name], inFlight));
      }
      const line = (name) => {
        const rounds = results[name].slice(1); // the first round warms up
        const s = summarise(rounds.flatMap((x) => x.samples));
        const cpu = summarise(rounds.map((x) => x.cpuMsPerCharge)).p50;
        const rate = summarise(rounds.map((x) => x.perSecond)).p50;
        return { s, cpu, rate };
      };
      const mem = line('memory');
      const pg = line('postgres');
      console.log(`\n${inFlight} in flight, ${ROUNDS - 1} × ${PER_ROUND} charges each (first round dropped):`);
      console.log(`  memory   p50 ${fmt(mem.s.p50)}  p95 ${fmt(mem.s.p95)}  CPU ${mem.cpu.toFixed(3)} ms/charge  ${mem.rate.toFixed(0)} charges/s`);
      console.log(`  postgres p50 ${fmt(pg.s.p50)}  p95 ${fmt(pg.s.p95)}  CPU ${pg.cpu.toFixed(3)} ms/charge  ${pg.rate.toFixed(0)} charges/s`);
      console.log(`  postgres − memory per request: +${(pg.s.p50 - mem.s.p50).toFixed(3)} ms latency, +${(pg.cpu - mem.cpu).toFixed(3)} ms Node CPU`);
    }
    await loginThrottleOverhead(db.orm);
  } finally {
    await db.stop();
  }
}

/**
 * Login throttling (counted in PostgreSQL, shared by every process): what it adds to one login — the check before the
 * password and the reset after a success, or the count after a failure — beside the password check itself (bcrypt,
 * cost 10, as signIn does), the baseline, in alternating rounds.
 */
async function loginThrottleOverhead(orm) {
  const throttle = new LoginThrottle(orm, { consecutiveFails: 1e6, blockSeconds: 60, failsPerIpPerDay: 1e9 });
  const hash = bcrypt.hashSync('bench1234', 10);
  const LOGINS = 200;
  const timed = async (fn) => {
    const samples = [];
    for (let i = 0; i < LOGINS; i++) {
      const t = performance.now();
      await fn(i);
      samples.push(performance.now() - t);
    }
    return samples;
  };
  const targets = {
    'bcrypt check (baseline)': () => bcrypt.compare('bench1234', hash),
    'throttle, a success': async (i) => {
      await throttle.check(`user${i % 50}`, '10.0.0.1');
      await throttle.succeeded(`user${i % 50}`, '10.0.0.1');
    },
    'throttle, a failure': async (i) => {
      await throttle.check(`user${i % 50}`, '10.0.0.2');
      await throttle.failed(`user${i % 50}`, '10.0.0.2');
    },
  };
  const results = Object.fromEntries(Object.keys(targets).map((k) => [k, []]));
  for (let r = 0; r < 4; r++) {
    const order = r % 2 ? Object.keys(targets).reverse() : Object.keys(targets);
    for (const name of order) results[name].push(...(r === 0 ? [] : await timed(targets[name])));
    if (r === 0) for (const name of order) await timed(targets[name]); // warm-up round, dropped
  }
  const base = summarise(results['bcrypt check (baseline)']).p50;
  console.log(`
login throttle per login (${3 * LOGINS} logins each after a warm-up round; PostgreSQL counters):`);
  for (const [name, samples] of Object.entries(results)) {
    const s = summarise(samples);
    console.log(`  ${name.padEnd(24)} p50 ${fmt(s.p50)}  p95 ${fmt(s.p95)}  ratio to bcrypt ${(s.p50 / base).toFixed(2)}`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
