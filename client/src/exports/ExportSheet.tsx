import { useMutation, useQuery } from '@apollo/client/react';
import { isWorkbookExporter, periodOf, StatisticsPeriod, toLocalDate } from '@hf/shared';
import { type MouseEvent, useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { serverText } from '../i18n/server-messages';
import { ArchiveStatusQuery } from '../session/queries';
import type { Session } from '../session/session';
import { ExportJobsTable } from './components/ExportJobsTable';
import { ExportRegisterTable } from './components/ExportRegisterTable';
import { downloadWorkbook } from './download';
import { ExportJobsQuery, ExportRegisterQuery, QueueExportMutation } from './queries';

/** how often the sheet asks about exports still queued or running */
const JOB_POLL_MS = 1000;

/**
 * 导出: a numbered quarterly workbook, exported in the background (the number is taken at once; a progress bar follows
 * the job, live), the jobs with their state or the reason they failed, and the register of every workbook exported.
 */
export function ExportSheet({ session }: { session: Session }) {
  const { t, language } = useI18n();
  // 全部期间: a workbook holds one period; the current one is exported, and the screen says so
  const allPeriods = session.period === null;
  const period = session.period ?? periodOf(toLocalDate(new Date()), session.project.statisticsPeriod as StatisticsPeriod);
  const allowed = isWorkbookExporter(session.user.role);
  const register = useQuery(ExportRegisterQuery, { variables: { projectId: session.project.id }, skip: !allowed, fetchPolicy: 'cache-and-network' });
  const archive = useQuery(ArchiveStatusQuery, { variables: { projectId: session.project.id, period }, skip: !allowed });
  const jobs = useQuery(ExportJobsQuery, { variables: { projectId: session.project.id }, skip: !allowed, fetchPolicy: 'cache-and-network' });
  const [queueExport, queueing] = useMutation(QueueExportMutation, { refetchQueries: ['ExportJobs'] });
  const [downloadMessage, setDownloadMessage] = useState('');
  const [mine, setMine] = useState<string | null>(null);
  const jobList = (jobs.data?.exportJobs.edges ?? []).map((e) => e.node);
  const open = jobList.some((job) => job.state === 'QUEUED' || job.state === 'RUNNING');
  // live while a job is open: ask every second, and show the register again once one is done
  const { startPolling, stopPolling } = jobs;
  useEffect(() => {
    if (!open) return undefined;
    startPolling(JOB_POLL_MS);
    return () => stopPolling();
  }, [open, startPolling, stopPolling]);
  const doneCount = jobList.filter((job) => job.state === 'DONE').length;
  const seenDone = useRef(doneCount);
  const { refetch: refetchRegister } = register;
  useEffect(() => {
    if (doneCount !== seenDone.current) void refetchRegister();
    seenDone.current = doneCount;
  }, [doneCount, refetchRegister]);
  const queued = queueing.data?.queueQuarterlyWorkbookExport;
  const myJob = jobList.find((job) => job.id === mine) ?? null;
  const result = myJob?.workbook ? { downloadUrl: myJob.workbook.downloadUrl, number: myJob.workbook.number } : null;
  const startExport = async () => {
    const answer = await queueExport({ variables: { input: { projectId: session.project.id, period } } });
    // the mutation's refetchQueries brings the new job into the list
    const job = answer.data?.queueQuarterlyWorkbookExport.job;
    if (job) setMine(job.id);
  };
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
        <button type="button" disabled={queueing.loading} onClick={() => void startExport()}>
          {t('exportWorkbook', { period })}
        </button>
        {archived !== undefined && (
          <span className={archived ? 'hf-chip' : 'hf-draft'} data-testid="export-draft-status">
            {archived ? t('exportArchivedNotice', { period }) : t('exportDraftNotice', { period })}
          </span>
        )}
        {myJob && !result && myJob.state !== 'FAILED' && (
          <span className="hf-chip" data-testid="export-queued">{t('exportJobQueued', { number: myJob.number })}</span>
        )}
        {myJob?.state === 'FAILED' && (
          <span className="hf-count-error" role="alert" data-testid="export-failed">{t('exportJobFailed', { number: myJob.number, reason: myJob.error ?? '' })}</span>
        )}
        {result && (
          <a href={result.downloadUrl} data-testid="download-link" onClick={(e) => void download(e, result.downloadUrl, result.number)}>
            {t('download', { number: result.number })}
          </a>
        )}
        {queued?.userErrors.length ? <span className="hf-count-error">{queued.userErrors.map((e) => serverText(e, language)).join('；')}</span> : null}
      </div>
      {downloadMessage && <div className="hf-error-banner" role="alert" data-testid="download-message">{downloadMessage}</div>}
      <ExportJobsTable jobs={jobList.filter((job) => job.state !== 'DONE' || job.id === mine)} onDownload={(event, url, number) => void download(event, url, number)} />
      <ExportRegisterTable
        entries={(register.data?.exportRegister.edges ?? []).map((e) => e.node)}
        totalCount={register.data?.exportRegister.totalCount ?? 0}
        onDownload={(event, node) => void download(event, node.downloadUrl, node.number)}
      />
    </div>
  );
}
