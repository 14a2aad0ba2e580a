import { useMutation, useQuery } from '@apollo/client/react';
import { isWorkbookExporter, periodOf, StatisticsPeriod, toLocalDate } from '@hf/shared';
import { ExportRegisterQuery, ExportWorkbookMutation } from '../api/documents';
import { formatDateTime } from '../grid/cell-values';
import { useI18n } from '../i18n/i18n';
import type { Session } from './session';

/** 导出: a numbered quarterly workbook, and the register of every workbook exported. */
export function ExportSheet({ session }: { session: Session }) {
  const { t } = useI18n();
  const period = session.period ?? periodOf(toLocalDate(new Date()), session.project.statisticsPeriod as StatisticsPeriod);
  const allowed = isWorkbookExporter(session.user.role);
  const register = useQuery(ExportRegisterQuery, { variables: { projectId: session.project.id }, skip: !allowed, fetchPolicy: 'cache-and-network' });
  const [exportWorkbook, exporting] = useMutation(ExportWorkbookMutation, { refetchQueries: ['ExportRegister'] });
  const result = exporting.data?.exportQuarterlyWorkbook;
  if (!allowed) return <div className="hf-placeholder" data-testid="export-forbidden">{t('exportRoles')}</div>;
  return (
    <div className="hf-export" data-testid="export">
      <div className="hf-sheet-bar">
        <button type="button" disabled={exporting.loading} onClick={() => void exportWorkbook({ variables: { input: { projectId: session.project.id, period } } })}>
          {t('exportWorkbook', { period })}
        </button>
        {result?.downloadUrl && result.workbook && (
          <a href={result.downloadUrl} data-testid="download-link">{t('download', { number: result.workbook.number })}</a>
        )}
        {result?.userErrors.length ? <span className="hf-count-error">{result.userErrors.map((e) => e.message).join('；')}</span> : null}
      </div>
      <h3>{t('exportRegister', { count: register.data?.exportRegister.totalCount ?? 0 })}</h3>
      <table className="hf-table" data-testid="export-register">
        <thead>
          <tr><th>{t('workbookNumber')}</th><th>{t('period')}</th><th>{t('exportedAt')}</th><th>{t('exportedBy')}</th><th>{t('sheetRows')}</th><th>SHA-256</th><th /></tr>
        </thead>
        <tbody>
          {(register.data?.exportRegister.edges ?? []).map(({ node }) => (
            <tr key={node.id}>
              <td>{node.number}</td><td>{node.period}</td><td>{formatDateTime(node.exportedAt)}</td><td>{node.exportedBy.displayName}</td>
              <td>{node.rowCounts.map((r) => `${r.sheet} ${r.rows}`).join('；')}</td>
              <td className="hf-mono">{node.sha256.slice(0, 16)}…</td>
              <td><a href={node.downloadUrl}>{t('downloadShort')}</a></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
