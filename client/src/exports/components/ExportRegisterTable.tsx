import type { ExportRegisterQuery } from '../../api/generated/graphql';
import { formatDateTime } from '../../grid/cell-values';
import { useI18n } from '../../i18n/i18n';

type Entry = ExportRegisterQuery['exportRegister']['edges'][number]['node'];

/** 导出登记: every workbook exported — number, period, when, who, rows per sheet, its SHA-256, and the download. */
export function ExportRegisterTable({ entries, totalCount }: { entries: readonly Entry[]; totalCount: number }) {
  const { t } = useI18n();
  return (
    <>
      <h3>{t('exportRegister', { count: totalCount })}</h3>
      <table className="hf-table" data-testid="export-register">
        <thead>
          <tr><th>{t('workbookNumber')}</th><th>{t('period')}</th><th>{t('exportedAt')}</th><th>{t('exportedBy')}</th><th>{t('sheetRows')}</th><th>SHA-256</th><th /></tr>
        </thead>
        <tbody>
          {entries.map((node) => (
            <tr key={node.id}>
              <td>{node.number}</td><td>{node.period}</td><td>{formatDateTime(node.exportedAt)}</td><td>{node.exportedBy.displayName}</td>
              <td>{node.rowCounts.map((r) => `${r.sheet} ${r.rows}`).join('；')}</td>
              <td className="hf-mono">{node.sha256.slice(0, 16)}…</td>
              <td><a href={node.downloadUrl}>{t('downloadShort')}</a></td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
