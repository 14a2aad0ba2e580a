import type { EntityManager } from '@mikro-orm/postgresql';
import { type Message, msg, type PeriodRange } from '@hf/shared';

/**
 * 封存: what an archived period was when it was archived — the project's history chain at that moment (its length
 * and head hash) and the count and SHA-256 digest of the period's tickets and callbacks. Printed on the workbook, so
 * a later change behind the application's back (the records, or the history before archiving) shows.
 */
export interface ArchiveSealFigures {
  chainLength: number;
  chainHash: string;
  tickets: number;
  callbacks: number;
  recordsDigest: string;
}

interface RecordsRow {
  tickets: number;
  callbacks: number;
  digest: string;
}

/** What the seal checks need of a connection: a statement with `?` placeholders (an EntityManager, or the verify CLI's client). */
export interface SqlRunner {
  // any: an EntityManager's and pg's row types differ; each caller names the row it reads
  execute(sql: string, params: any[]): Promise<any>;
}

async function periodRecords(em: SqlRunner, projectId: number, range: Pick<PeriodRange, 'from' | 'to'>): Promise<RecordsRow> {
  const [row]: RecordsRow[] = await em.execute('select * from archived_period_records(?, ?, ?)', [projectId, range.from, range.to]);
  return row;
}

/** The seal of a period now (taken inside archivePeriod's transaction, after the project row is locked). */
export async function takeSeal(em: EntityManager, projectId: number, range: Pick<PeriodRange, 'from' | 'to'>): Promise<ArchiveSealFigures> {
  const [head] = await em.execute<{ chain_seq: string; chain_hash: string }[]>(
    `select chain_seq, encode(chain_hash, 'hex') as chain_hash from change_record where chain_project = ? order by chain_seq desc limit 1`,
    [projectId],
  );
  const records = await periodRecords(em, projectId, range);
  return {
    chainLength: Number(head?.chain_seq ?? 0),
    chainHash: head?.chain_hash ?? '',
    tickets: records.tickets,
    callbacks: records.callbacks,
    recordsDigest: records.digest,
  };
}

/** Reasons a seal no longer holds (empty: it holds), as catalogue messages (shared/src/messages.ts seal.*). */
export async function checkSeal(
  em: SqlRunner,
  projectId: number,
  range: Pick<PeriodRange, 'from' | 'to'>,
  seal: ArchiveSealFigures,
): Promise<Message[]> {
  const problems: Message[] = [];
  const records = await periodRecords(em, projectId, range);
  if (records.tickets !== seal.tickets || records.callbacks !== seal.callbacks) {
    problems.push(msg('seal.countsDiffer', { sealedTickets: seal.tickets, sealedCallbacks: seal.callbacks, tickets: records.tickets, callbacks: records.callbacks }));
  } else if (records.digest !== seal.recordsDigest) {
    problems.push(msg('seal.recordsChanged'));
  }
  if (seal.chainLength > 0) {
    const [status]: { length: string }[] = await em.execute('select length from change_chain_status(?)', [projectId]);
    const [link]: { chain_hash: string }[] = await em.execute(
      `select encode(chain_hash, 'hex') as chain_hash from change_record where chain_project = ? and chain_seq = ?`,
      [projectId, seal.chainLength],
    );
    if (Number(status.length) < seal.chainLength || link?.chain_hash !== seal.chainHash) {
      problems.push(msg('seal.historyAltered'));
    }
  }
  return problems;
}

/** 补录 since archiving: the carried-over callbacks of the period, those recorded since, and the digest of those rows. */
export interface LateRecordFigures {
  carriedOver: number;
  lateRecordings: number;
  lateRecordsDigest: string;
}

export async function lateRecordFigures(em: SqlRunner, projectId: number, range: Pick<PeriodRange, 'from' | 'to'>): Promise<LateRecordFigures> {
  const [row]: { carried: number; late: number; digest: string }[] = await em.execute(
    'select * from archived_period_late_records(?, ?, ?)', [projectId, range.from, range.to],
  );
  return { carriedOver: Number(row.carried), lateRecordings: Number(row.late), lateRecordsDigest: row.digest };
}

/** One line for a page footer: the chain head at archiving, shortened as a person compares it. */
export function sealFooterText(seal: ArchiveSealFigures): string {
  return `封存 #${seal.chainLength} ${seal.chainHash.slice(0, 12)}`;
}

/** The lines printed on 统计汇总 under the report (with the late recordings since archiving, when there are carried-over callbacks). */
export function sealLines(seal: ArchiveSealFigures, archivedAt: string, archivedBy: string | null, late: LateRecordFigures | null = null): string[] {
  return [
    `存档封存：${archivedAt}${archivedBy ? ` ${archivedBy}` : ''}；工单 ${seal.tickets} 条，回访 ${seal.callbacks} 条`,
    `记录摘要 SHA-256：${seal.recordsDigest}`,
    `变更历史第 ${seal.chainLength} 环 SHA-256：${seal.chainHash || '（无）'}`,
    ...(late && late.carriedOver > 0
      ? [`跨期 ${late.carriedOver} 条（存档时未完成，摘要只含其编码与期限）；补录 ${late.lateRecordings} 条，补录摘要 SHA-256：${late.lateRecordsDigest}`]
      : []),
    '校验：npm run verify，或品质管理部的 archiveStatus.seal.intact (check with npm run verify)',
  ];
}
