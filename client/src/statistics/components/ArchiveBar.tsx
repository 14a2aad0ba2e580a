import type { ReactNode } from 'react';
import type { ArchiveStatusQuery } from '../../api/generated/graphql';
import { useI18n } from '../../i18n/i18n';

interface Props {
  title: ReactNode;
  status: ArchiveStatusQuery['archiveStatus'] | undefined;
  /** the supervisor may archive the period now */
  canArchive: boolean;
  /** why archiving is not possible now (全部期间, the period still running), shown beside a disabled button */
  blocked: string | null;
  archiving: boolean;
  onArchive: () => void;
  errors: readonly { message: string }[];
  asOf: string;
}

/** Above 季度统计: the project and period, whether it is archived (or when it is due), and 存档本期 for the supervisor. */
export function ArchiveBar({ title, status, canArchive, blocked, archiving, onArchive, errors, asOf }: Props) {
  const { t, serverMessage } = useI18n();
  return (
    <div className="hf-sheet-bar">
      <strong>{title}</strong>
      {status && (
        <span className={status.archived ? 'hf-chip' : status.reminder ? 'hf-warning' : ''} data-testid="archive-status">
          {status.archived
            ? t('archivedOn', { when: status.archivedAt?.slice(0, 10) ?? '', who: status.archivedBy?.displayName ?? '' })
            : t('archiveDue', { date: status.dueDate })}
          {' · '}{t('keepUntil', { date: status.keepUntil })}
        </span>
      )}
      {status && status.lateRecordings.length > 0 && (
        // 补录: callbacks still open at archiving, recorded since (counted in this period's figures)
        <span
          className="hf-chip"
          data-testid="late-recordings"
          title={status.lateRecordings.map((r) => `${r.serialCode} ${r.recordedBy?.displayName ?? ''} ${r.recordedAt.slice(0, 16).replace('T', ' ')}`).join('\n')}
        >
          {t('lateRecordings', { count: status.lateRecordings.length })}
        </span>
      )}
      {canArchive && (
        <>
          <button type="button" disabled={archiving || blocked !== null} onClick={onArchive} title={blocked ?? undefined}>
            {t('archivePeriod')}
          </button>
          {blocked && <span className="hf-warning" data-testid="archive-blocked">{blocked}</span>}
        </>
      )}
      {errors.length > 0 && <span className="hf-count-error">{errors.map((e) => serverMessage(e)).join('；')}</span>}
      <span className="hf-status">{t('asOf', { date: asOf })}</span>
    </div>
  );
}
