// Issue 19: importing a 50,000-row 《业主回访记录表》 ledger (.xlsx) through the real server — upload + checks, then the
// write — beside ExcelJS's streaming reader merely reading the same file, in the same run. Prints rows/s, wall time
// and the server's peak RSS, and the ratio to the bare read; never fails on time.
// BENCH_IMPORT_ROWS (default 50000).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { benchDatabase, freePortOf, waitFor } from './lib/bench-db.mjs';
import { BENCH_PASSWORD, generate } from './lib/generate.mjs';
import { post } from './lib/load.mjs';
import { resetPeakRss, rss } from './lib/peak-rss.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? '50000');
const HEADERS = ['原编号', '工单编号', '业主', '房号', '联系电话', '类型', '维修类别', '内容摘要', '受理时间', '完成时间', '回访方式', '回访时间', '回访人', '满意程度', '缺点与不足', '回访结果'];

/** A ledger of ROWS repair callbacks of 2025, written with ExcelJS's streaming writer. */
async function writeLedger(file) {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: false, useSharedStrings: true });
  const sheet = book.addWorksheet('回访记录');
  sheet.addRow(HEADERS).commit();
  for (let i = 1; i <= ROWS; i += 1) {
    const day = 1 + (i % 28);
    const month = 1 + (i % 11);
    const date = (h) => `2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')} ${String(h).padStart(2, '0')}:00`;
    const unhappy = i % 17 === 0;
    sheet.addRow([
      `第${Math.ceil(i / 20)}页-${((i - 1) % 20) + 1}`, `旧${i}`, `业主${i % 5000}`, `${1 + (i % 30)}-${1 + (i % 3)}-${100 + (i % 900)}`,
      `139${String(i).padStart(8, '0')}`, '维修', '水管漏水', `卫生间漏水 ${i}`, date(8), date(12), '电话', date(18), '旧台账',
      unhappy ? '不满意' : '满意', unhappy ? '处理不及时' : '', unhappy ? '不合格' : '合格',
    ]).commit();
  }
  sheet.commit();
  await book.commit();
}

function bareRead(file) {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(here, 'lib', 'bare-exceljs-read.mjs'), [file], { execArgv: ['--expose-gc'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let result = null;
    child.on('message', (m) => (result = m));
    child.on('exit', (code) => (code === 0 && result ? resolve(result) : reject(new Error(`bare read exited with ${code}`))));
  });
}

const s = (ms) => `${(ms / 1000).toFixed(1)} s`;

async function main() {
  const db = await benchDatabase(`bench_import_${ROWS}`);
  await generate(db.url, console.log, { projects: 1, tickets: 1000, callbacks: 1000, owners: 1000, start: '2026-07-01', days: 90 });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hf-bench-import-'));
  const file = path.join(dir, 'ledger.xlsx');
  await writeLedger(file);
  console.log(`ledger: ${ROWS} rows, ${(fs.statSync(file).size / 1024 / 1024).toFixed(1)} MB`);
  const bare = await bareRead(file);

  const port = await freePortOf();
  const child = fork(path.join(root, 'server', 'dist', 'main.js'), [], {
    env: { ...process.env, DATABASE_URL: db.url, PORT: String(port), HOST: '127.0.0.1', SEED_DEMO_DATA: 'false', NODE_ENV: 'production', DATA_DIR: dir },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitFor(`${base}/health`, 240);
    const login = await post(`${base}/graphql`, { query: `mutation { login(input: { username: "clerk1", password: "${BENCH_PASSWORD}" }) { token } }` });
    const auth = { authorization: `Bearer ${login.data.login.token}` };
    await new Promise((r) => setTimeout(r, 2000));
    resetPeakRss(child.pid);
    const idle = rss(child.pid).currentMb;

    const started = Date.now();
    const form = new FormData();
    form.append('projectId', Buffer.from('Project:1').toString('base64url'));
    form.append('kind', 'CALLBACKS');
    form.append('file', new Blob([fs.readFileSync(file)]), 'ledger.xlsx');
    const staged = await (await fetch(`${base}/files/imports`, { method: 'POST', headers: auth, body: form })).json();
    if (!staged.import) throw new Error(JSON.stringify(staged));
    const stagedMs = Date.now() - started;
    const counts = await post(`${base}/graphql`, { query: `query ($id: ID!) { ledgerImport(id: $id) { counts { valid invalid duplicate } } }`, variables: { id: staged.import } }, auth);
    const writeStarted = Date.now();
    const written = await post(`${base}/graphql`, { query: `mutation ($id: ID!) { commitLedgerImport(input: { id: $id }) { written userErrors { message } } }`, variables: { id: staged.import } }, auth);
    const writeMs = Date.now() - writeStarted;
    const total = Date.now() - started;
    const peak = rss(child.pid).peakMb;
    console.log(`checked: ${JSON.stringify(counts.data.ledgerImport.counts)}; written ${written.data.commitLedgerImport.written} ${JSON.stringify(written.data.commitLedgerImport.userErrors)}`);
    console.log('| 50k-row ledger | wall | rows/s | peak RSS |');
    console.log('|---|---|---|---|');
    console.log(`| ExcelJS streaming read only (baseline) | ${s(bare.ms)} | ${Math.round(ROWS / (bare.ms / 1000))} | ${bare.peakMb.toFixed(0)} MB |`);
    console.log(`| upload + read + stage + check | ${s(stagedMs)} | ${Math.round(ROWS / (stagedMs / 1000))} | |`);
    console.log(`| write (one transaction) | ${s(writeMs)} | ${Math.round(ROWS / (writeMs / 1000))} | |`);
    console.log(`| whole import | ${s(total)} | ${Math.round(ROWS / (total / 1000))} | ${peak.toFixed(0)} MB (idle ${idle.toFixed(0)} MB) |`);
    console.log(`ratio whole import / bare read: ${(total / bare.ms).toFixed(2)}× wall, ${(peak / bare.peakMb).toFixed(2)}× peak RSS`);
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    fs.rmSync(dir, { recursive: true, force: true });
    await db.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
