import type { MouseEvent } from 'react';
import type { ExportJobsQuery } from '../../api/generated/graphql';
import { formatDateTime } from '../../grid/cell-values';
import { useI18n } from '../../i18n/i18n';

export type ExportJob = ExportJobsQuery['exportJobs']['edges'][number]['node'];

interface Props {
  jobs: readonly ExportJob[];
  onDownload: (event: MouseEvent<HTMLAnchorElement>, url: string, number: string) => void;
}

/** 导出任务: the exports of the project in the background — queued, running with a progress bar, done, or failed with why (no bar). */
export function ExportJobsTable({ jobs, onDownload }: Props) {
  const { t } = useI18n();
  if (!jobs.length) return null;
  return (
    <>
      <h3>{t('exportJobs')}</h3>
      <table className="hf-table" data-testid="export-jobs">
        <thead>
          <tr>
            <th>{t('workbookNumber')}</th><th>{t('period')}</th><th>{t('exportJobState')}</th><th>{t('exportJobProgress')}</th>
            <th>{t('exportJobRequested')}</th><th>{t('exportedBy')}</th><th>{t('exportJobReason')}</th><th />
          </tr>
        </thead>
        <tbody>
          {jobs.map((job) => {
            const percent = Math.round((job.progress ?? 0) * 100);
            return (
              <tr key={job.id} data-testid={`export-job-${job.number}`} data-state={job.state}>
                <td>{job.number}</td><td>{job.period}</td>
                <td className={job.state === 'FAILED' ? 'hf-count-error' : undefined}>{t(`exportJob${job.state}`)}</td>
                <td>
                  {job.state !== 'FAILED' && (
                    <>
                      <progress className="hf-progress" max={100} value={percent} aria-label={t('exportJobProgress')} />
                      <span className="hf-progress-text">
                        {job.rowsTotal === null || job.rowsTotal === undefined ? '' : `${percent}% · ${t('exportJobRows', { written: job.rowsWritten, total: job.rowsTotal })}`}
                      </span>
                    </>
                  )}
                </td>
                <td>{formatDateTime(job.requestedAt)}</td><td>{job.requestedBy.displayName}</td>
                <td className="hf-job-reason">{job.error ?? ''}</td>
                <td>{job.workbook && <a href={job.workbook.downloadUrl} onClick={(e) => onDownload(e, job.workbook!.downloadUrl, job.workbook!.number)}>{t('downloadShort')}</a>}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
