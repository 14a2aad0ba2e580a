import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Request, RequestHandler, Response } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import { apiMessage, type Message, msg, parseWorkbookNumber, WORKBOOK_EXPORTERS } from '@hf/shared';
import { WorkbookExport } from '../modules/exports/workbook-export.entity';
import { pipeChunks, type ReadChunk, sha256OfChunks, sha256OfFile } from '../modules/exports/workbook-file';
import { canSeePersonalData, canSeeProject, hasRole } from '../core/access';
import { viewerFromRequest } from '../modules/users/request-viewer';

/** A refusal as JSON: the code, the message "中文 (English)", and its catalogue key for the app to show it in its language. */
function refuse(res: Response, status: number, code: string, message: Message): void {
  res.status(status).set('Cache-Control', 'no-store').json({ error: { code, message: apiMessage(message), messageKey: message.key } });
}

/**
 * GET /files/workbooks/<number>.xlsx: the registered file, to staff of its project who may export
 * (cookie or bearer session) and may read its residents' data or exported it themselves. 保护客户隐私: the workbook
 * holds residents' names and phones (masked when the exporter may not read them), so anyone else
 * gets 401/403/404 (404 also for another project's) and nothing is cached. The file is sent only if it still hashes to the register's SHA-256.
 */
export function workbookDownload(orm: MikroORM, dataDir: string, log: (e: unknown) => void): RequestHandler {
  return async (req: Request, res: Response) => {
    try {
      const em = orm.em.fork();
      const viewer = await viewerFromRequest(em, req);
      if (!viewer) return refuse(res, 401, 'UNAUTHENTICATED', msg('common.unauthenticated'));
      const file = String(req.params.file ?? '');
      const number = file.endsWith('.xlsx') ? file.slice(0, -5) : file;
      const entry = parseWorkbookNumber(number) ? await em.findOne(WorkbookExport, { number }) : null;
      // another project's workbook is answered as a missing one: its number tells nobody that it exists
      if (!entry || !canSeeProject(viewer, entry.project.id)) return refuse(res, 404, 'NOT_FOUND', msg('download.noSuchWorkbook'));
      if (!hasRole(viewer, ...WORKBOOK_EXPORTERS)) {
        return refuse(res, 403, 'FORBIDDEN', msg('download.forbidden'));
      }
      // a workbook shows residents' data as its exporter could see it: one made in the clear (by the project's staff)
      // is not for someone who may not read it (an auditor), who downloads the masked ones they export themselves
      if (!canSeePersonalData(viewer, entry.project.id) && entry.exportedBy.id !== viewer.user.id) {
        return refuse(res, 403, 'FORBIDDEN', msg('download.personalData'));
      }
      // kept in PostgreSQL (EXPORT_STORAGE=postgres, any process) or as a file under this process's DATA_DIR
      const read: ReadChunk = async (filePath, seq) => {
        const [row] = await em.getConnection().execute<{ data: Buffer }[]>('select data from workbook_chunk where file_path = ? and seq = ?', [filePath, seq]);
        return row?.data ?? null;
      };
      const absolutePath = path.join(dataDir, entry.filePath);
      const inDatabase = await sha256OfChunks(read, entry.filePath);
      const actual = inDatabase ?? (fs.existsSync(absolutePath) ? await sha256OfFile(absolutePath) : null);
      if (actual !== entry.sha256) {
        log(new Error(`workbook ${entry.number}: ${inDatabase ? 'stored chunks' : 'file'} ${actual ? 'altered' : 'missing'} (${inDatabase ? entry.filePath : absolutePath})`));
        return refuse(res, 500, 'INTERNAL_SERVER_ERROR', msg('download.fileMismatch'));
      }
      res.status(200).set({
        'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'Content-Disposition': `attachment; filename="${entry.number}.xlsx"`,
        'Content-Length': String(entry.byteSize),
        'Cache-Control': 'private, no-store',
        ETag: `"${entry.sha256}"`,
        'X-Content-SHA256': entry.sha256,
      });
      if (inDatabase) await pipeChunks(read, entry.filePath, res);
      else await pipeline(fs.createReadStream(absolutePath), res);
    } catch (error) {
      log(error);
      if (!res.headersSent) refuse(res, 500, 'INTERNAL_SERVER_ERROR', msg('common.internal'));
      else res.destroy();
    }
  };
}
