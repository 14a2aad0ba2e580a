// Issue 21/20: the GraphQL cost budget counted in PostgreSQL (RateLimiterPostgres) instead of process memory —
// what one charge costs a request: latency and this process's CPU per charge, PostgreSQL vs the same limiter in
// memory (the baseline, as the app counted before), in alternating rounds, one at a time and 10 in flight.
import { createRequire } from 'node:module';
import path from 'node:path';
import { benchDatabase, server, summarise, fmt } from './lib/bench-db.mjs';

const require = createRequire(path.join(process.cwd(), 'server', 'package.json'));
const { RateLimiterMemory } = require('rate-limiter-flexible');
const { RateLimiter, postgresCounters } = server('api/rate-limit.js');

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
  } finally {
    await db.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
