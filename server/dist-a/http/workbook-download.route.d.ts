import type { RequestHandler } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
/**
 * GET /files/workbooks/<number>.xlsx: the registered file, to staff of its project who may export
 * (cookie or bearer session) and may read its residents' data or exported it themselves. 保护客户隐私: the workbook
 * holds residents' names and phones (masked when the exporter may not read them), so anyone else
 * gets 401/403/404 and nothing is cached. The file is sent only if it still hashes to the register's SHA-256.
 */
export declare function workbookDownload(orm: MikroORM, dataDir: string, log: (e: unknown) => void): RequestHandler;
