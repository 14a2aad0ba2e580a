// Issue 4: exporting a 100k-callback quarter as a numbered workbook (the exportQuarterlyWorkbook mutation on
// the real server, over HTTP), beside a bare ExcelJS streaming write of the same rows in the same run.
// Prints wall time and peak RSS of each and the ratios; never fails on time.
// BENCH_EXPORT_ROWS (default 100000) callbacks per project; BENCH_EXPORT_IN_MEMORY=1 adds in-memory ExcelJS.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { benchDatabase, freePortOf, server, waitFor } from './lib/bench-db.mjs';
import { BENCH_PASSWORD, ensurePolicies, generate } from './lib/generate.mjs';
import { post } from './lib/load.mjs';
import { resetPeakRss, rss } from './lib/peak-rss.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const ROWS = Number(process.env.BENCH_EXPORT_ROWS ?? '100000');
const PERIOD = '2026Q3';
const FROM = '2026-07-01';
const TO = '2026-09-30';

function runBaseline(dbUrl, file, mode) {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(here, 'lib', 'bare-exceljs-export.mjs'), [dbUrl, '1', FROM, TO, file, mode], { execArgv: ['--expose-gc'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let result = null;
    child.on('message', (m) => (result = m));
    child.on('exit', (code) => (code === 0 && result ? resolve(result) : reject(new Error(`baseline (${mode}) exited with ${code}`))));
  });
}

const mb = (n) => `${n.toFixed(0)} MB`;
const s = (ms) => `${(ms / 1000).toFixed(1)} s`;

async function main() {
  // two projects with ROWS callbacks each, all completed in 2026Q3
  const db = await benchDatabase(`bench_export_${ROWS}`);
  await generate(db.url, console.log, { projects: 2, tickets: ROWS * 2, callbacks: ROWS * 2, owners: Math.max(1000, Math.round(ROWS * 0.4)), start: FROM, days: 90 });
  await ensurePolicies(db.url); // the standard policy, so 统计汇总 has targets
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hf-bench-export-'));
  const port = await freePortOf();
  const child = fork(path.join(root, 'server', 'dist', 'main.js'), [], {
    env: { ...process.env, DATABASE_URL: db.url, PORT: String(port), HOST: '127.0.0.1', SEED_DEMO_DATA: 'false', NODE_ENV: 'production', DATA_DIR: dataDir },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  try {
    const graphql = `http://127.0.0.1:${port}/graphql`;
    await waitFor(`http://127.0.0.1:${port}/health`, 240);
    const login = await post(graphql, { query: `mutation { login(input: { username: "bench", password: "${BENCH_PASSWORD}" }) { token } }` });
    const auth = { authorization: `Bearer ${login.data.login.token}` };
    const mutation = `mutation ($i: ExportQuarterlyWorkbookInput!) { exportQuarterlyWorkbook(input: $i) { downloadUrl workbook { number byteSize rowCounts { sheet rows } } userErrors { code message } } }`;
    const projectId = Buffer.from('Project:1').toString('base64url');

    // the statistics statement alone (the export runs it too, for the four statistics sheets)
    const statsStarted = performance.now();
    const stats = await post(graphql, { query: `query ($p: ID!) { quarterlyStatistics(projectId: $p, period: "${PERIOD}") { totals { ticketsCompleted } } }`, variables: { p: projectId } }, auth);
    const statsMs = performance.now() - statsStarted;
    if (!stats.data?.quarterlyStatistics) throw new Error(JSON.stringify(stats));

    // ours: the mutation end to end (number, rows streamed from PostgreSQL, styled print-ready sheets, SHA-256, register)
    const idle = rss(child.pid);
    const peakReset = resetPeakRss(child.pid);
    const started = performance.now();
    const res = await post(graphql, { query: mutation, variables: { i: { projectId, period: PERIOD } } }, auth);
    const oursMs = performance.now() - started;
    const ours = rss(child.pid);
    const out = res.data?.exportQuarterlyWorkbook;
    if (!out?.workbook) throw new Error(JSON.stringify(res));
    const rows = out.workbook.rowCounts.reduce((sum, c) => sum + c.rows, 0);

    // ours as a job (issue 20): queueQuarterlyWorkbookExport answers at once; the worker in the same process writes it
    const queue = `mutation ($i: ExportQuarterlyWorkbookInput!) { queueQuarterlyWorkbookExport(input: $i) { job { id number } userErrors { code message } } }`;
    const jobQuery = `query ($id: ID!) { node(id: $id) { ... on WorkbookExportJob { state error workbook { byteSize } } } }`;
    const jobPeakReset = resetPeakRss(child.pid);
    const jobStarted = performance.now();
    const queued = await post(graphql, { query: queue, variables: { i: { projectId, period: PERIOD } } }, auth);
    const answeredMs = performance.now() - jobStarted;
    const job = queued.data?.queueQuarterlyWorkbookExport?.job;
    if (!job) throw new Error(JSON.stringify(queued));
    let jobState = null;
    while (!jobState || jobState.state === 'QUEUED' || jobState.state === 'RUNNING') {
      await new Promise((r) => setTimeout(r, 200));
      jobState = (await post(graphql, { query: jobQuery, variables: { id: job.id } }, auth)).data?.node;
    }
    const jobMs = performance.now() - jobStarted;
    const jobRss = rss(child.pid);
    if (jobState.state !== 'DONE') throw new Error(`export job ${job.number}: ${jobState.state} ${jobState.error}`);

    // the bare ExcelJS streaming write of the same rows, in its own process
    const bare = await runBaseline(db.url, path.join(dataDir, 'bare-stream.xlsx'), 'stream');
    const memory = process.env.BENCH_EXPORT_IN_MEMORY === '1' ? await runBaseline(db.url, path.join(dataDir, 'bare-memory.xlsx'), 'memory') : null;

    console.log(`\nexport of ${PERIOD}, project P01: ${out.workbook.rowCounts.map((c) => `${c.sheet} ${c.rows}`).join(', ')} rows (${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(1)})`);
    console.log('writer                                   wall      peak RSS   file');
    console.log(`exportQuarterlyWorkbook (ours, HTTP)  ${s(oursMs).padStart(8)}  ${mb(ours.peakMb).padStart(9)}  ${(out.workbook.byteSize / 1e6).toFixed(1)} MB   (${out.workbook.number}; server idle ${mb(idle.currentMb)}${peakReset ? '' : ', peak includes start-up'})`);
    console.log(`queueQuarterlyWorkbookExport (job)    ${s(jobMs).padStart(8)}  ${mb(jobRss.peakMb).padStart(9)}  ${(jobState.workbook.byteSize / 1e6).toFixed(1)} MB   (${job.number}; answered in ${answeredMs.toFixed(0)} ms, polled every 200 ms${jobPeakReset ? '' : ', peak since start-up'})`);
    console.log(`  of which the statistics statement   ${s(statsMs).padStart(8)}  (quarterlyStatistics query alone)`);
    console.log(`bare ExcelJS stream, same rows        ${s(bare.ms).padStart(8)}  ${mb(bare.peakMb).padStart(9)}  ${(bare.bytes / 1e6).toFixed(1)} MB   (${bare.rows} rows)`);
    if (memory) console.log(`bare ExcelJS in memory, same rows     ${s(memory.ms).padStart(8)}  ${mb(memory.peakMb).padStart(9)}  ${(memory.bytes / 1e6).toFixed(1)} MB`);
    console.log(`ratios job/bare stream: wall ${(jobMs / bare.ms).toFixed(2)}, peak RSS ${(jobRss.peakMb / bare.peakMb).toFixed(2)}`);
    console.log(`ratios ours/bare stream: wall ${(oursMs / bare.ms).toFixed(2)} (without the statistics statement ${((oursMs - statsMs) / bare.ms).toFixed(2)}), peak RSS ${(ours.peakMb / bare.peakMb).toFixed(2)}; rows ${rows} vs ${bare.rows}`);
    if (memory) console.log(`ratio in-memory/stream peak RSS: ${(memory.peakMb / bare.peakMb).toFixed(1)}`);
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    fs.rmSync(dataDir, { recursive: true, force: true });
    await db.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
