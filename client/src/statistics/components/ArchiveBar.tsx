import type { ReactNode } from 'react';
import type { ArchiveStatusQuery } from '../../api/generated/graphql';
import { useI18n } from '../../i18n/i18n';

interface Props {
  title: ReactNode;
  status: ArchiveStatusQuery['archiveStatus'] | undefined;
  /** the supervisor may archive the period now */
  canArchive: boolean;
  archiving: boolean;
  onArchive: () => void;
  errors: readonly { message: string }[];
  asOf: string;
}

/** Above 季度统计: the project and period, whether it is archived (or when it is due), and 存档本期 for the supervisor. */
export function ArchiveBar({ title, status, canArchive, archiving, onArchive, errors, asOf }: Props) {
  const { t } = useI18n();
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
      {canArchive && (
        <button type="button" disabled={archiving} onClick={onArchive}>
          {t('archivePeriod')}
        </button>
      )}
      {errors.length > 0 && <span className="hf-count-error">{errors.map((e) => e.message).join('；')}</span>}
      <span className="hf-status">{t('asOf', { date: asOf })}</span>
    </div>
  );
}
