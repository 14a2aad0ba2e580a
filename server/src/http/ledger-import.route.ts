import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import Busboy from 'busboy';
import ExcelJS from 'exceljs';
import express, { type Request, type Response } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import {
  apiMessage, LEDGER_COLUMNS, LedgerKind, MAX_LEDGER_BYTES, type Message, msg, LEDGER_IMPORTERS,
} from '@hf/shared';
import { DomainError } from '../core/domain-error';
import { decodeGlobalId, encodeGlobalId } from '../core/global-id';
import { hasRole } from '../core/access';
import { viewerFromRequest } from '../modules/users/request-viewer';
import { stageLedgerImport } from '../modules/imports/ledger-import.service';
import { LedgerImport } from '../modules/imports/ledger-import.entity';
import { excelCell } from '../modules/imports/ledger-reader';

/**
 * 导入历史台账 over HTTP, beside /files/workbooks: a multipart upload (streamed to a temporary file and hashed on the
 * way, never held whole; over MAX_LEDGER_BYTES it is cut off), the template workbook and the error report. The
 * preview, the mapping and the writing are GraphQL (ledgerImport, setLedgerImportMapping, commitLedgerImport).
 * Multipart here rather than a GraphQL upload: one fixed operation needs no GraphQL multipart spec, and the GraphQL
 * endpoint keeps refusing non-JSON bodies (its CSRF prevention).
 *
 *   POST /files/imports                     (fields projectId, kind; file) → { import: <LedgerImport id> }
 *   GET  /files/imports/template.xlsx?kind=CALLBACKS|TICKETS
 *   GET  /files/imports/<LedgerImport id>/errors.xlsx
 */

const IMPORTERS = LEDGER_IMPORTERS;

function refuse(res: Response, status: number, code: string, message: Message): void {
  res.status(status).set('Cache-Control', 'no-store').json({ error: { code, message: apiMessage(message), messageKey: message.key } });
}

export function ledgerImports(orm: MikroORM, dataDir: string, log: (e: unknown) => void): express.Router {
  const router = express.Router();

  router.get('/files/imports/template.xlsx', async (req, res) => {
    const viewer = await viewerFromRequest(orm.em.fork(), req);
    if (!viewer) return refuse(res, 401, 'UNAUTHENTICATED', msg('common.unauthenticated'));
    const kind = req.query.kind === LedgerKind.TICKETS ? LedgerKind.TICKETS : LedgerKind.CALLBACKS;
    const book = templateWorkbook(kind);
    res.status(200).set({
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': `attachment; filename="${kind === LedgerKind.TICKETS ? 'ticket' : 'callback'}-ledger-template.xlsx"; filename*=UTF-8''${encodeURIComponent(kind === LedgerKind.TICKETS ? '工单登记导入模板.xlsx' : '业主回访记录表导入模板.xlsx')}`,
      'Cache-Control': 'no-store',
    });
    await book.xlsx.write(res);
    res.end();
  });

  router.post('/files/imports', async (req, res) => {
    const em = orm.em.fork();
    const viewer = await viewerFromRequest(em, req);
    if (!viewer) return refuse(res, 401, 'UNAUTHENTICATED', msg('common.unauthenticated'));
    if (!hasRole(viewer, ...IMPORTERS)) return refuse(res, 403, 'FORBIDDEN', msg('common.forbidden'));
    if (!req.is('multipart/form-data')) return refuse(res, 415, 'BAD_REQUEST', msg('import.noFile'));
    // the session cookie is SameSite=Lax (no cross-site POST carries it); a browser's Origin of another site is refused too
    const origin = req.get('origin');
    if (origin && origin !== `${req.protocol}://${req.get('host')}`) return refuse(res, 403, 'FORBIDDEN', msg('common.forbidden'));
    const dir = path.join(dataDir, 'imports');
    await fs.promises.mkdir(dir, { recursive: true });
    const tmp = path.join(dir, `${crypto.randomUUID()}.upload`);
    const fields: Record<string, string> = {};
    let file: { name: string; sha256: string; size: number } | null = null;
    let tooLarge = false;
    try {
      await new Promise<void>((resolve, reject) => {
        const busboy = Busboy({ headers: req.headers, limits: { files: 1, fileSize: MAX_LEDGER_BYTES, fields: 10, fieldSize: 1000 }, defParamCharset: 'utf8' });
        const writes: Promise<void>[] = [];
        busboy.on('field', (name, value) => { fields[name] = value; });
        busboy.on('file', (_name, stream, info) => {
          const hash = crypto.createHash('sha256');
          let size = 0;
          stream.on('limit', () => { tooLarge = true; });
          const counting = new Transform({ transform(chunk: Buffer, _enc, done) { hash.update(chunk); size += chunk.length; done(null, chunk); } });
          writes.push(pipeline(stream, counting, fs.createWriteStream(tmp)).then(() => { file = { name: info.filename || 'ledger', sha256: hash.digest('hex'), size }; }));
        });
        busboy.on('error', reject);
        busboy.on('close', () => { Promise.all(writes).then(() => resolve(), reject); });
        req.pipe(busboy);
      });
      if (tooLarge) return refuse(res, 413, 'BAD_USER_INPUT', msg('import.tooLarge', { max: MAX_LEDGER_BYTES / 1024 / 1024 }));
      const upload = file as { name: string; sha256: string; size: number } | null;
      if (!upload || upload.size === 0) return refuse(res, 400, 'BAD_USER_INPUT', msg('import.noFile'));
      const project = decodeGlobalId(fields.projectId ?? '');
      if (!project || project.typeName !== 'Project' || !viewer.projectIds.includes(project.id)) return refuse(res, 404, 'NOT_FOUND', msg('common.notFound'));
      const kind = fields.kind === LedgerKind.TICKETS ? LedgerKind.TICKETS : fields.kind === LedgerKind.CALLBACKS ? LedgerKind.CALLBACKS : null;
      if (!kind) return refuse(res, 400, 'BAD_USER_INPUT', msg('common.invalidInput'));
      const staged = await stageLedgerImport(em, viewer, { projectId: project.id, kind, fileName: upload.name, filePath: tmp, sha256: upload.sha256, byteSize: upload.size });
      res.status(201).set('Cache-Control', 'no-store').json({ import: encodeGlobalId('LedgerImport', staged.id), rows: staged.rowsTotal });
    } catch (error) {
      if (error instanceof DomainError) {
        const [first] = error.errors;
        return res.status(400).set('Cache-Control', 'no-store').json({ error: { code: first.code, message: first.message, messageKey: first.messageKey, args: first.args } });
      }
      log(error);
      if (!res.headersSent) refuse(res, 500, 'INTERNAL_SERVER_ERROR', msg('common.internal'));
    } finally {
      await fs.promises.rm(tmp, { force: true });
    }
  });

  router.get('/files/imports/:id/errors.xlsx', async (req, res) => {
    try {
      const em = orm.em.fork();
      const viewer = await viewerFromRequest(em, req);
      if (!viewer) return refuse(res, 401, 'UNAUTHENTICATED', msg('common.unauthenticated'));
      const id = decodeGlobalId(String(req.params.id));
      const entry = id && id.typeName === 'LedgerImport' ? await em.findOne(LedgerImport, id.id) : null;
      if (!entry || !viewer.projectIds.includes(entry.project.id)) return refuse(res, 404, 'NOT_FOUND', msg('common.notFound'));
      res.status(200).set({
        'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'Content-Disposition': `attachment; filename="import-errors.xlsx"; filename*=UTF-8''${encodeURIComponent(`${path.parse(entry.fileName).name}-错误.xlsx`)}`,
        'Cache-Control': 'private, no-store',
      });
      await writeErrorReport(em, entry, res);
    } catch (error) {
      log(error);
      if (!res.headersSent) refuse(res, 500, 'INTERNAL_SERVER_ERROR', msg('common.internal'));
      else res.destroy();
    }
  });
  return router;
}

/** 导入模板: the ledger's columns in the paper form's order, and a 说明 sheet of what each column takes. */
export function templateWorkbook(kind: LedgerKind): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  const columns = LEDGER_COLUMNS[kind];
  const sheet = book.addWorksheet(kind === LedgerKind.TICKETS ? '工单登记' : '业主回访记录表');
  sheet.columns = columns.map((c) => ({ header: c.label['zh-CN'], key: c.field, width: Math.max(10, Array.from(c.label['zh-CN']).length * 2 + 2) }));
  // every column as text, so Excel keeps 3-2-1502 and 0755… as typed (dates may be typed as 2025-03-01 09:30)
  columns.forEach((_c, i) => { sheet.getColumn(i + 1).numFmt = '@'; });
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const help = book.addWorksheet('说明');
  help.columns = [{ header: '列名', width: 16 }, { header: '其他可识别的列名', width: 40 }, { header: '填写说明', width: 70 }, { header: '可选值', width: 50 }];
  help.getRow(1).font = { bold: true };
  for (const c of columns) {
    help.addRow([c.label['zh-CN'], c.synonyms.join('、'), c.help, c.labels ? Object.values(c.labels).map((l) => l['zh-CN']).join(' / ') : '']).alignment = { wrapText: true, vertical: 'top' };
  }
  help.addRow([]);
  help.addRow(['', '', '第一行为表头，从第二行起每行一条记录；空行会被跳过。列的顺序不限，按列名识别，导入前可在预览中调整。']);
  return book;
}

/** 错误报告: the file's rows that were not written, as they were, with a last column 错误 saying why. */
async function writeErrorReport(em: ReturnType<MikroORM['em']['fork']>, entry: LedgerImport, out: Response): Promise<void> {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const sheet = book.addWorksheet('错误');
  const header = sheet.addRow([...entry.headers, '错误', '原行号']);
  header.font = { bold: true };
  header.commit();
  let after = 0;
  for (;;) {
    const rows = await em.getConnection().execute<{ row_number: number; cells: unknown[]; problems: { column: number | null; message: string }[] | null }[]>(
      `select row_number, cells, problems from ledger_import_row where import_id = ? and status in ('INVALID', 'DUPLICATE') and row_number > ? order by row_number limit 1000`,
      [entry.id, after],
    );
    if (!rows.length) break;
    for (const row of rows) {
      after = row.row_number;
      const cells = entry.headers.map((_h, i) => asCellValue(row.cells[i]));
      const reasons = (row.problems ?? []).map((p) => `${p.column !== null ? `${entry.headers[p.column]}：` : ''}${p.message.replace(/\s*\([^()]*\)$/, '')}`).join('；');
      sheet.addRow([...cells, reasons, row.row_number]).commit();
    }
  }
  sheet.commit();
  await book.commit();
}

/** A stored cell back as a worksheet value (a date as a date, a formula as the text it can no longer be). */
function asCellValue(cell: unknown): ExcelJS.CellValue {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === 'object') {
    if ('date' in (cell as object)) return new Date((cell as { date: string }).date);
    return '（公式）';
  }
  return excelCell(cell as ExcelJS.CellValue) as ExcelJS.CellValue;
}
