import { useMutation, useQuery } from '@apollo/client/react';
import { isWorkbookExporter, periodOf, StatisticsPeriod, toLocalDate } from '@hf/shared';
import { type MouseEvent, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { serverText } from '../i18n/server-messages';
import { ArchiveStatusQuery } from '../session/queries';
import type { Session } from '../session/session';
import { ExportRegisterTable } from './components/ExportRegisterTable';
import { downloadWorkbook } from './download';
import { ExportRegisterQuery, ExportWorkbookMutation } from './queries';

/** 导出: a numbered quarterly workbook, and the register of every workbook exported. */
export function ExportSheet({ session }: { session: Session }) {
  const { t, language } = useI18n();
  // 全部期间: a workbook holds one period; the current one is exported, and the screen says so
  const allPeriods = session.period === null;
  const period = session.period ?? periodOf(toLocalDate(new Date()), session.project.statisticsPeriod as StatisticsPeriod);
  const allowed = isWorkbookExporter(session.user.role);
  const register = useQuery(ExportRegisterQuery, { variables: { projectId: session.project.id }, skip: !allowed, fetchPolicy: 'cache-and-network' });
  const archive = useQuery(ArchiveStatusQuery, { variables: { projectId: session.project.id, period }, skip: !allowed });
  const [exportWorkbook, exporting] = useMutation(ExportWorkbookMutation, { refetchQueries: ['ExportRegister'] });
  const [downloadMessage, setDownloadMessage] = useState('');
  const result = exporting.data?.exportQuarterlyWorkbook;
  if (!allowed) return <div className="hf-placeholder" data-testid="export-forbidden">{t('exportRoles')}</div>;
  const archived = archive.data?.archiveStatus.archived;

  const download = async (event: MouseEvent<HTMLAnchorElement>, url: string, number: string) => {
    event.preventDefault();
    setDownloadMessage(t('downloading'));
    const answer = await downloadWorkbook(url, `${number}.xlsx`).catch(() => null);
    if (!answer) return setDownloadMessage(t('downloadFailed'));
    if (answer.ok) return setDownloadMessage('');
    setDownloadMessage(t('downloadRefused', { number, reason: answer.error ? serverText(answer.error, language) : String(answer.status) }));
  };

  return (
    <div className="hf-export" data-testid="export">
      {allPeriods && <div className="hf-notice" data-testid="period-notice">{t('exportShownAll', { period })}</div>}
      <div className="hf-sheet-bar">
        <button type="button" disabled={exporting.loading} onClick={() => void exportWorkbook({ variables: { input: { projectId: session.project.id, period } } })}>
          {t('exportWorkbook', { period })}
        </button>
        {archived !== undefined && (
          <span className={archived ? 'hf-chip' : 'hf-draft'} data-testid="export-draft-status">
            {archived ? t('exportArchivedNotice', { period }) : t('exportDraftNotice', { period })}
          </span>
        )}
        {result?.downloadUrl && result.workbook && (
          <a href={result.downloadUrl} data-testid="download-link" onClick={(e) => void download(e, result.downloadUrl!, result.workbook!.number)}>
            {t('download', { number: result.workbook.number })}
          </a>
        )}
        {result?.userErrors.length ? <span className="hf-count-error">{result.userErrors.map((e) => serverText(e, language)).join('；')}</span> : null}
      </div>
      {downloadMessage && <div className="hf-error-banner" role="alert" data-testid="download-message">{downloadMessage}</div>}
      <ExportRegisterTable
        entries={(register.data?.exportRegister.edges ?? []).map((e) => e.node)}
        totalCount={register.data?.exportRegister.totalCount ?? 0}
        onDownload={(event, node) => void download(event, node.downloadUrl, node.number)}
      />
    </div>
  );
}
