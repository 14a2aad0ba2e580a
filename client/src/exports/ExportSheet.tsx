import { useMutation, useQuery } from '@apollo/client/react';
import { isWorkbookExporter, periodOf, StatisticsPeriod, toLocalDate } from '@hf/shared';
import { useI18n } from '../i18n/i18n';
import type { Session } from '../session/session';
import { ExportRegisterTable } from './components/ExportRegisterTable';
import { ExportRegisterQuery, ExportWorkbookMutation } from './queries';

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
      <ExportRegisterTable entries={(register.data?.exportRegister.edges ?? []).map((e) => e.node)} totalCount={register.data?.exportRegister.totalCount ?? 0} />
    </div>
  );
}
