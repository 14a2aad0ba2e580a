import { workbookSheetLabel } from '@hf/shared';
import type { MouseEvent } from 'react';
import type { ExportRegisterQuery } from '../../api/generated/graphql';
import { formatDateTime } from '../../grid/cell-values';
import { useI18n } from '../../i18n/i18n';

type Entry = ExportRegisterQuery['exportRegister']['edges'][number]['node'];

interface Props {
  entries: readonly Entry[];
  totalCount: number;
  /** 下载: the sheet fetches the file, so a refusal is shown in the app */
  onDownload: (event: MouseEvent<HTMLAnchorElement>, entry: Entry) => void;
}

/** 导出登记: every workbook exported — number, period, archived or draft, when, who, rows per sheet, its SHA-256, and the download. */
export function ExportRegisterTable({ entries, totalCount, onDownload }: Props) {
  const { t, language } = useI18n();
  return (
    <>
      <h3>{t('exportRegister', { count: totalCount })}</h3>
      <table className="hf-table" data-testid="export-register">
        <thead>
          <tr>
            <th>{t('workbookNumber')}</th><th>{t('period')}</th><th>{t('archivedColumn')}</th><th>{t('exportedAt')}</th><th>{t('exportedBy')}</th>
            <th>{t('sheetRows')}</th><th>SHA-256</th><th />
          </tr>
        </thead>
        <tbody>
          {entries.map((node) => (
            <tr key={node.id}>
              <td>{node.number}</td><td>{node.period}</td>
              <td className={node.archived ? undefined : 'hf-draft'}>{node.archived ? t('workbookArchived') : t('workbookDraft')}</td>
              <td>{formatDateTime(node.exportedAt)}</td><td>{node.exportedBy.displayName}</td>
              <td>{node.rowCounts.map((r) => `${workbookSheetLabel(r.sheet, language)} ${r.rows}`).join(language === 'en' ? '; ' : '；')}</td>
              <td className="hf-mono">{node.sha256.slice(0, 16)}…</td>
              <td><a href={node.downloadUrl} onClick={(e) => onDownload(e, node)}>{t('downloadShort')}</a></td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
