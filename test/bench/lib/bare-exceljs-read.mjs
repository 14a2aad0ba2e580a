// The baseline of import.bench.mjs: ExcelJS's streaming reader reading every row of the ledger, nothing else.
import ExcelJS from 'exceljs';
import { resetPeakRss, rss } from './peak-rss.mjs';

const [file] = process.argv.slice(2);
resetPeakRss();
const started = Date.now();
const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore' });
let rows = 0;
for await (const sheet of reader) {
  for await (const row of sheet) {
    if (row.values.length) rows += 1;
  }
  break;
}
process.send({ ms: Date.now() - started, rows, peakMb: rss().peakMb });
