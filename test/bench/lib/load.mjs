// A small closed-loop load generator: C connections send the same POST for D seconds; exact latency percentiles.
import http from 'node:http';
import { summarise } from './bench-db.mjs';

export async function load({ url, body, headers = {}, connections = 10, seconds = 10 }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const target = new URL(url);
  const payload = Buffer.from(JSON.stringify(body));
  const latencies = [];
  let errors = 0;
  let bytes = 0;
  const deadline = Date.now() + seconds * 1000;
  const one = () =>
    new Promise((resolve) => {
      const started = process.hrtime.bigint();
      const req = http.request(
        { agent, host: target.hostname, port: target.port, path: target.pathname, method: 'POST', headers: { 'content-type': 'application/json', 'content-length': payload.length, ...headers } },
        (res) => {
          let size = 0;
          res.on('data', (c) => (size += c.length));
          res.on('end', () => {
            if (res.statusCode !== 200) errors += 1;
            bytes += size;
            latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
            resolve();
          });
        },
      );
      req.on('error', () => {
        errors += 1;
        resolve();
      });
      req.end(payload);
    });
  const started = Date.now();
  await Promise.all(Array.from({ length: connections }, async () => {
    while (Date.now() < deadline) await one();
  }));
  const elapsed = (Date.now() - started) / 1000;
  agent.destroy();
  return { ...summarise(latencies), rps: latencies.length / elapsed, errors, bytesPerResponse: latencies.length ? bytes / latencies.length : 0 };
}

export async function post(url, body, headers = {}) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return res.json();
}
