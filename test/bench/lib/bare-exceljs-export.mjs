// The baseline of the export benchmark, run as its own process: the same rows, read by the same batched
// queries, written by ExcelJS with nothing of ours — plain values, no styles, no page setup, no hashing.
// Mode "stream" uses stream.xlsx.WorkbookWriter; mode "memory" builds the whole workbook in memory first.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { server } from './bench-db.mjs';
import { resetPeakRss, rss } from './peak-rss.mjs';

const require = createRequire(import.meta.url);
const ExcelJS = require('exceljs');

const [url, projectId, from, to, file, mode = 'stream'] = process.argv.slice(2);

const plain = (row) => Object.values(row).map((v) => (Array.isArray(v) ? v.join(',') : typeof v === 'object' && v !== null && !(v instanceof Date) ? JSON.stringify(v) : v));

async function main() {
  const { initOrm } = server('db/orm.js');
  const { callbackRecordBatches } = server('modules/exports/callback-record.sheet.js');
  const { complaintBatches } = server('modules/exports/complaint-register.sheet.js');
  const orm = await initOrm(url, { pool: { min: 1, max: 2 } });
  const em = orm.em.fork();
  global.gc?.();
  const reset = resetPeakRss();
  const started = performance.now();
  let rows = 0;
  const sources = [
    ['业主回访记录表', () => callbackRecordBatches(em, Number(projectId), from, to, 2000)],
    ['客户投诉登记表', () => complaintBatches(em, Number(projectId), from, to, 2000)],
  ];
  if (mode === 'memory') {
    const workbook = new ExcelJS.Workbook();
    for (const [name, batches] of sources) {
      const sheet = workbook.addWorksheet(name);
      for await (const batch of batches()) for (const row of batch) (sheet.addRow(plain(row)), (rows += 1));
    }
    await workbook.xlsx.writeFile(file);
  } else {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file });
    for (const [name, batches] of sources) {
      const sheet = workbook.addWorksheet(name);
      for await (const batch of batches()) for (const row of batch) (sheet.addRow(plain(row)).commit(), (rows += 1));
      sheet.commit();
    }
    await workbook.commit();
  }
  const ms = performance.now() - started;
  const memory = rss();
  await orm.close();
  process.send({ ms, rows, bytes: fs.statSync(file).size, peakMb: memory.peakMb, peakReset: reset });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
